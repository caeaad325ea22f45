import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import { PageOf } from '../http/paging';
import { IDEMPOTENCY_HEADER } from './idempotency';
import {
  AdminPayout,
  AdminTopup,
  AdminTopupQuery,
  PAYMENTS_API,
  PAYMENTS_PAGE_SIZE,
  PayoutStatus,
  Refund,
  RefundRequest,
} from './payments.model';

/** Administrators: every top-up (refunds, flags) and the payout queue. */
@Injectable({ providedIn: 'root' })
export class AdminPaymentsService {
  private readonly http = inject(HttpClient);

  /** Top-ups filtered by status, provider, flag or user, newest first. */
  topups(query: AdminTopupQuery & { userId?: string }): Observable<PageOf<AdminTopup>> {
    let params = new HttpParams().set('page', query.page).set('size', PAYMENTS_PAGE_SIZE);
    for (const name of ['status', 'provider', 'flagged', 'userId'] as const) {
      const value = query[name];
      if (value) {
        params = params.set(name, value);
      }
    }
    return this.http.get<PageOf<AdminTopup>>(PAYMENTS_API.adminTopups, { params });
  }

  /** One top-up with its refunds and provider events. */
  topup(id: string): Observable<AdminTopup> {
    return this.http.get<AdminTopup>(PAYMENTS_API.adminTopup(id));
  }

  /** 201; 409 beyond what is unspent or refundable, or unless SUCCEEDED/PARTIALLY_REFUNDED. */
  refund(id: string, request: RefundRequest, idempotencyKey?: string): Observable<Refund> {
    const headers: Record<string, string> = idempotencyKey
      ? { [IDEMPOTENCY_HEADER]: idempotencyKey }
      : {};
    return this.http.post<Refund>(`${PAYMENTS_API.adminTopup(id)}/refund`, request, { headers });
  }

  /** Clears a top-up's flag once the mismatch was handled. */
  resolve(id: string, note: string): Observable<AdminTopup> {
    return this.http.post<AdminTopup>(`${PAYMENTS_API.adminTopup(id)}/resolve`, { note });
  }

  /** The payout queue of one status (all when ''), oldest first. */
  payouts(status: PayoutStatus | '', page: number): Observable<PageOf<AdminPayout>> {
    let params = new HttpParams().set('page', page).set('size', PAYMENTS_PAGE_SIZE);
    if (status) {
      params = params.set('status', status);
    }
    return this.http.get<PageOf<AdminPayout>>(PAYMENTS_API.adminPayouts, { params });
  }

  /** MANUAL needs a reference and becomes PAID; 409 unless REQUESTED. */
  approve(id: string, reference?: string): Observable<AdminPayout> {
    const body = reference ? { reference } : {};
    return this.http.post<AdminPayout>(`${PAYMENTS_API.adminPayout(id)}/approve`, body);
  }

  /** REJECTED, the amount back to the expert's earnings; 409 unless REQUESTED. */
  reject(id: string, reason: string): Observable<AdminPayout> {
    return this.http.post<AdminPayout>(`${PAYMENTS_API.adminPayout(id)}/reject`, { reason });
  }
}
