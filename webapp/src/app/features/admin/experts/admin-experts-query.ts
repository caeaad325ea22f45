import { ParamMap, Params } from '@angular/router';

import { VERIFICATION_STATUSES } from '../../../core/experts/expert.model';
import { UrlQuery, pageParam, parsePage } from '../../../core/http/url-list';
import { VerificationQuery } from './admin-experts.service';

/** `/admin/experts` in the URL: `?status=VERIFIED|REJECTED&page=` (no status: PENDING). */
export const VERIFICATIONS_QUERY: UrlQuery<VerificationQuery> = {
  parse: (params: ParamMap): VerificationQuery => {
    const status = (params.get('status') ?? '').toUpperCase();
    return {
      status: VERIFICATION_STATUSES.find((s) => s === status) ?? 'PENDING',
      page: parsePage(params),
    };
  },
  params: (query: VerificationQuery): Params => ({
    status: query.status === 'PENDING' ? null : query.status,
    page: pageParam(query.page),
  }),
};
