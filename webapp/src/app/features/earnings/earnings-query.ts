import { ParamMap, Params } from '@angular/router';

import { EarningsQuery } from '../../core/billing/billing.model';
import { UrlQuery, pageParam, parseCurrency, parsePage } from '../../core/http/url-list';

/** `/earnings` in the URL: `?currency=&page=` (page 0-based; no currency: the wallet's own). */
export const EARNINGS_QUERY: UrlQuery<EarningsQuery> = {
  parse: (params: ParamMap): EarningsQuery => ({
    currency: parseCurrency(params),
    page: parsePage(params),
  }),
  params: (query: EarningsQuery): Params => ({
    currency: query.currency || null,
    page: pageParam(query.page),
  }),
};
