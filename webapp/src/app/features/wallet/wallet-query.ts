import { ParamMap, Params } from '@angular/router';

import {
  TransactionQuery,
  TransactionType,
  isIsoDate,
  isTransactionType,
} from '../../core/billing/billing.model';

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
  const type = params.get('type') ?? '';
  const from = (params.get('from') ?? '').trim();
  const to = (params.get('to') ?? '').trim();
  const currency = (params.get('currency') ?? '').trim().toUpperCase();
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    type: isTransactionType(type) ? type : '',
    from: isIsoDate(from) ? from : '',
    to: isIsoDate(to) ? to : '',
    currency: /^[A-Z]{3}$/.test(currency) ? currency : '',
    page: Number.isFinite(page) && page > 0 ? page : 0,
  };
}

/** The URL query parameters of `query` (empty filters and page 0 left out). */
export function walletQueryParams(query: WalletQuery): Params {
  return {
    type: query.type || null,
    from: query.from || null,
    to: query.to || null,
    currency: query.currency || null,
    page: query.page > 0 ? query.page : null,
  };
}
