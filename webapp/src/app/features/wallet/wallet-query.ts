import { ParamMap, Params } from '@angular/router';

import {
  TRANSACTION_TYPES,
  TransactionQuery,
  TransactionType,
  isIsoDate,
} from '../../core/billing/billing.model';
import {
  UrlQuery,
  pageParam,
  parseCurrency,
  parseOneOf,
  parsePage,
} from '../../core/http/url-list';

/** `/wallet`'s filters as they live in the URL: `?type=&from=&to=&currency=&page=` (page 0-based). */
export interface WalletQuery extends TransactionQuery {
  type: TransactionType | '';
  from: string;
  to: string;
  page: number;
  /** '' for the wallet's default currency. */
  currency: string;
}

/** Reads the filters from the URL; anything malformed is dropped. */
export function parseWalletQuery(params: ParamMap): WalletQuery {
  return {
    type: parseOneOf(params, 'type', TRANSACTION_TYPES),
    from: isoDate(params, 'from'),
    to: isoDate(params, 'to'),
    currency: parseCurrency(params),
    page: parsePage(params),
  };
}

/** The URL query parameters of `query` (empty filters and page 0 left out). */
export function walletQueryParams(query: WalletQuery): Params {
  return {
    type: query.type || null,
    from: query.from || null,
    to: query.to || null,
    currency: query.currency || null,
    page: pageParam(query.page),
  };
}

export const WALLET_QUERY: UrlQuery<WalletQuery> = {
  parse: parseWalletQuery,
  params: walletQueryParams,
};

function isoDate(params: ParamMap, name: string): string {
  const value = (params.get(name) ?? '').trim();
  return isIsoDate(value) ? value : '';
}
