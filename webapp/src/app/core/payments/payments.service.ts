import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { PageOf } from '../http/paging';
import { IDEMPOTENCY_HEADER } from './idempotency';
import {
  PAYMENTS_API,
  PAYMENTS_PAGE_SIZE,
  PaymentProvider,
  Topup,
  TopupRequest,
} from './payments.model';

/** What a client does with top-ups: providers, create, follow, capture, cancel, the DEMO page. */
@Injectable({ providedIn: 'root' })
export class PaymentsService {
  private readonly http = inject(HttpClient);

  /** The providers this installation has configured (public). */
  providers(): Observable<PaymentProvider[]> {
    return this.http
      .get<{ items: PaymentProvider[] }>(PAYMENTS_API.providers)
      .pipe(map((answer) => answer?.items ?? []));
  }

  /**
   * Starts a top-up: 201 with the provider's page in `redirectUrl`. The same `idempotencyKey`
   * again answers the same top-up (a retry after a lost answer pays once).
   */
  createTopup(request: TopupRequest, idempotencyKey: string): Observable<Topup> {
    return this.http.post<Topup>(PAYMENTS_API.topups, request, {
      headers: { [IDEMPOTENCY_HEADER]: idempotencyKey },
    });
  }

  /** The client's top-ups, newest first (page 0-based). */
  topups(page: number, size = PAYMENTS_PAGE_SIZE): Observable<PageOf<Topup>> {
    const params = new HttpParams().set('page', page).set('size', size);
    return this.http.get<PageOf<Topup>>(PAYMENTS_API.topups, { params });
  }

  topup(id: string): Observable<Topup> {
    return this.http.get<Topup>(PAYMENTS_API.topup(id));
  }

  /** PayPal: captures the approved order; other providers answer the top-up as it is. */
  capture(id: string): Observable<Topup> {
    return this.http.post<Topup>(`${PAYMENTS_API.topup(id)}/capture`, null);
  }

  /** The client cancelled on the provider's page (a paid top-up stays paid). */
  cancel(id: string): Observable<Topup> {
    return this.http.post<Topup>(`${PAYMENTS_API.topup(id)}/cancel`, null);
  }

  /** The DEMO page's Pay: completes the top-up through the signed event path. */
  demoPay(id: string): Observable<Topup> {
    return this.http.post<Topup>(`${PAYMENTS_API.demo(id)}/pay`, null);
  }

  /** The DEMO page's Cancel. */
  demoCancel(id: string): Observable<Topup> {
    return this.http.post<Topup>(`${PAYMENTS_API.demo(id)}/cancel`, null);
  }
}
