import { HttpErrorResponse } from '@angular/common/http';
import { InjectionToken } from '@angular/core';
import {
  Observable,
  catchError,
  concat,
  map,
  of,
  repeat,
  startWith,
  switchMap,
  takeWhile,
  timer,
} from 'rxjs';

import { UserMessage, toUserMessage } from '../../../core/http/problem';
import { Topup, isPaid, isPending } from '../../../core/payments/payments.model';
import { PaymentsService } from '../../../core/payments/payments.service';

/** How often and how long the return page asks whether the provider confirmed the payment. */
export interface TopupPoll {
  readonly intervalMs: number;
  readonly timeoutMs: number;
}

export const TOPUP_POLL = new InjectionToken<TopupPoll>('TOPUP_POLL', {
  providedIn: 'root',
  factory: () => ({ intervalMs: 1500, timeoutMs: 60_000 }),
});

/** What the return page shows. */
export type ReturnView =
  | { readonly kind: 'loading' }
  /** Still PENDING: asking again every interval. */
  | { readonly kind: 'checking'; readonly topup: Topup }
  /** Still PENDING when the time ran out: it will be credited once the provider confirms. */
  | { readonly kind: 'processing'; readonly topup: Topup }
  /** Settled: paid (maybe refunded since), failed or expired. */
  | { readonly kind: 'settled'; readonly topup: Topup }
  /** The client cancelled on the provider's page and nothing was charged. */
  | { readonly kind: 'cancelled'; readonly topup: Topup }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'error'; readonly error: UserMessage };

export interface WatchOptions {
  /** `result` of the provider's return link. */
  readonly result: 'success' | 'cancel';
  /** Capture a PayPal order still PENDING first (once per visit, not on a refresh). */
  readonly capture: boolean;
  readonly poll: TopupPoll;
}

/**
 * The return page's view of top-up `id`. Cancelled: `POST …/cancel`, then "nothing was charged"
 * (or paid after all: a paid top-up stays paid). Success: read it (capturing a PayPal order still
 * PENDING first), then while PENDING read it again every interval until it settles or the time
 * runs out ("still processing"). Never errors: failures become the `error` or `notFound` view.
 */
export function watchTopup(
  api: PaymentsService,
  id: string,
  options: WatchOptions,
): Observable<ReturnView> {
  const view$ =
    options.result === 'cancel'
      ? api.cancel(id).pipe(map(cancelledView))
      : api.topup(id).pipe(
          switchMap((topup) =>
            options.capture && topup.provider === 'PAYPAL' && isPending(topup)
              ? api.capture(id)
              : of(topup),
          ),
          switchMap((topup) =>
            isPending(topup) ? pollFrom(api, topup, options.poll) : of(settled(topup)),
          ),
        );
  return view$.pipe(
    catchError((error: unknown) =>
      of<ReturnView>(
        error instanceof HttpErrorResponse && error.status === 404
          ? { kind: 'notFound' }
          : { kind: 'error', error: toUserMessage(error) },
      ),
    ),
    startWith<ReturnView>({ kind: 'loading' }),
  );
}

/** `checking` now, then a read every interval (one at a time) until settled or out of time. */
function pollFrom(api: PaymentsService, first: Topup, poll: TopupPoll): Observable<ReturnView> {
  const reads = Math.max(1, Math.ceil(poll.timeoutMs / poll.intervalMs));
  const polls$ = timer(poll.intervalMs).pipe(
    switchMap(() => api.topup(first.id).pipe(repeat({ count: reads, delay: poll.intervalMs }))),
    takeWhile((topup) => isPending(topup), true),
    map((topup, index): ReturnView => {
      if (!isPending(topup)) {
        return settled(topup);
      }
      return { kind: index === reads - 1 ? 'processing' : 'checking', topup };
    }),
  );
  return concat(of<ReturnView>({ kind: 'checking', topup: first }), polls$);
}

function settled(topup: Topup): ReturnView {
  return { kind: 'settled', topup };
}

function cancelledView(topup: Topup): ReturnView {
  return isPaid(topup) ? settled(topup) : { kind: 'cancelled', topup };
}
