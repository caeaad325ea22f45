import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { Injectable, InjectionToken, inject } from '@angular/core';
import { Observable, retry, throwError, timer } from 'rxjs';

import { Page } from '../experts/expert.model';
import {
  BILLING_API,
  BILLING_PAGE_SIZE,
  Earnings,
  EarningsQuery,
  Settlement,
  TransactionQuery,
  Wallet,
  WalletTransaction,
} from './billing.model';

/** How often, and how far apart, a receipt is asked for again while it answers 409 (not settled yet). */
export interface ReceiptRetry {
  /** Requests in all, the first one included. */
  readonly attempts: number;
  /** Wait before the first retry; later ones wait a little longer (up to 3×). */
  readonly delayMs: number;
}

export const RECEIPT_RETRY = new InjectionToken<ReceiptRetry>('RECEIPT_RETRY', {
  providedIn: 'root',
  factory: () => ({ attempts: 8, delayMs: 1000 }),
});

/** The REST side of billing: wallet, its transactions (and their CSV), earnings and receipts. */
@Injectable({ providedIn: 'root' })
export class BillingService {
  private readonly http = inject(HttpClient);
  private readonly receiptRetry = inject(RECEIPT_RETRY);

  /** The signed-in user's wallet: the balance in `currency` (the default one when omitted). */
  wallet(currency?: string): Observable<Wallet> {
    const params = currency ? new HttpParams().set('currency', currency) : undefined;
    return this.http.get<Wallet>(BILLING_API.wallet, { params });
  }

  /** One page of the wallet's movements, newest first. */
  transactions(query: TransactionQuery): Observable<Page<WalletTransaction>> {
    const params = filterParams(query)
      .set('page', query.page)
      .set('size', query.size ?? BILLING_PAGE_SIZE);
    return this.http.get<Page<WalletTransaction>>(BILLING_API.transactions, { params });
  }

  /** Every movement matching the filters as a CSV file (the page is ignored). */
  transactionsCsv(query: Omit<TransactionQuery, 'page'>): Observable<Blob> {
    return this.http.get(BILLING_API.transactionsCsv, {
      params: filterParams(query),
      responseType: 'blob',
      headers: { Accept: 'text/csv' },
    });
  }

  /** The signed-in expert's earnings, with one page of their paid sessions. */
  earnings(query: EarningsQuery): Observable<Earnings> {
    let params = new HttpParams()
      .set('page', query.page)
      .set('size', query.size ?? BILLING_PAGE_SIZE);
    if (query.currency) {
      params = params.set('currency', query.currency);
    }
    return this.http.get<Earnings>(BILLING_API.earnings, { params });
  }

  /** An ended session's receipt: 409 while it is not settled yet, 404 for strangers. */
  receipt(sessionId: string): Observable<Settlement> {
    return this.http.get<Settlement>(`/api/sessions/${encodeURIComponent(sessionId)}/receipt`);
  }

  /**
   * The receipt of a session that has just ended: asked again after a short wait while the
   * server answers 409 (settlement normally follows the end within a second or two). Other errors,
   * and a 409 after the last attempt, are passed on.
   */
  settledReceipt(
    sessionId: string,
    options: ReceiptRetry = this.receiptRetry,
  ): Observable<Settlement> {
    return this.receipt(sessionId).pipe(
      retry({
        count: Math.max(0, options.attempts - 1),
        delay: (error: unknown, retryCount: number) =>
          error instanceof HttpErrorResponse && error.status === 409
            ? timer(options.delayMs * Math.min(retryCount, 3))
            : throwError(() => error),
      }),
    );
  }
}

function filterParams(query: Omit<TransactionQuery, 'page'>): HttpParams {
  let params = new HttpParams();
  if (query.type) {
    params = params.set('type', query.type);
  }
  if (query.from) {
    params = params.set('from', query.from);
  }
  if (query.to) {
    params = params.set('to', query.to);
  }
  if (query.currency) {
    params = params.set('currency', query.currency);
  }
  return params;
}
