import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import { PageOf } from '../http/paging';
import {
  PAYMENTS_API,
  PAYMENTS_PAGE_SIZE,
  Payout,
  PayoutAccount,
  PayoutRequest,
} from './payments.model';

/** The signed-in expert's payouts: where they are paid, onboarding, requests and history. */
@Injectable({ providedIn: 'root' })
export class PayoutsService {
  private readonly http = inject(HttpClient);

  account(): Observable<PayoutAccount> {
    return this.http.get<PayoutAccount>(PAYMENTS_API.payoutAccount);
  }

  /** Sets (or clears, with '') the PayPal e-mail PayPal Payouts sends to. */
  savePaypalEmail(paypalEmail: string): Observable<PayoutAccount> {
    return this.http.put<PayoutAccount>(PAYMENTS_API.payoutAccount, { paypalEmail });
  }

  /** A one-time link to Stripe's hosted onboarding (409 when Stripe is off). */
  onboardingLink(): Observable<{ url: string }> {
    return this.http.post<{ url: string }>(PAYMENTS_API.onboarding, null);
  }

  /** 201; 409 below the minimum, beyond the earnings available, or a method not usable yet. */
  request(request: PayoutRequest): Observable<Payout> {
    return this.http.post<Payout>(PAYMENTS_API.payouts, request);
  }

  /** The expert's payouts, newest first. */
  list(page: number, size = PAYMENTS_PAGE_SIZE): Observable<PageOf<Payout>> {
    const params = new HttpParams().set('page', page).set('size', size);
    return this.http.get<PageOf<Payout>>(PAYMENTS_API.payouts, { params });
  }
}
