import { ParamMap, Params } from '@angular/router';

import { UrlQuery, pageParam, parseOneOf, parsePage } from '../../../core/http/url-list';
import {
  AdminTopupQuery,
  PROVIDER_IDS,
  TOPUP_STATUSES,
} from '../../../core/payments/payments.model';

export const FLAGGED_VALUES = ['true', 'false'] as const;

/** `/admin/topups` in the URL: `?status=&provider=&flagged=true|false&page=` (page 0-based). */
export const ADMIN_TOPUPS_QUERY: UrlQuery<AdminTopupQuery> = {
  parse: (params: ParamMap): AdminTopupQuery => ({
    status: parseOneOf(params, 'status', TOPUP_STATUSES),
    provider: parseOneOf(params, 'provider', PROVIDER_IDS),
    flagged: parseOneOf(params, 'flagged', FLAGGED_VALUES),
    page: parsePage(params),
  }),
  params: (query: AdminTopupQuery): Params => ({
    status: query.status || null,
    provider: query.provider || null,
    flagged: query.flagged || null,
    page: pageParam(query.page),
  }),
};
