import { ParamMap, Params } from '@angular/router';

import { UrlQuery, pageParam, parseOneOf, parsePage } from '../../../core/http/url-list';
import { PAYOUT_STATUSES, PayoutStatus } from '../../../core/payments/payments.model';

/** The payout queue's tab and page. */
export interface AdminPayoutQuery {
  status: PayoutStatus;
  page: number;
}

/** The tab shown without one in the URL: what waits for a decision. */
export const DEFAULT_PAYOUT_STATUS: PayoutStatus = 'REQUESTED';

/** `/admin/payouts` in the URL: `?status=&page=` (REQUESTED and page 0 left out). */
export const ADMIN_PAYOUTS_QUERY: UrlQuery<AdminPayoutQuery> = {
  parse: (params: ParamMap): AdminPayoutQuery => ({
    status: parseOneOf(params, 'status', PAYOUT_STATUSES) || DEFAULT_PAYOUT_STATUS,
    page: parsePage(params),
  }),
  params: (query: AdminPayoutQuery): Params => ({
    status: query.status === DEFAULT_PAYOUT_STATUS ? null : query.status,
    page: pageParam(query.page),
  }),
};
