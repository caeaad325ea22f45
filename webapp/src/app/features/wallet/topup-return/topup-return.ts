import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Subject, combineLatest, map, startWith, switchMap } from 'rxjs';

import { LanguageService } from '../../../core/i18n/language.service';
import { Topup } from '../../../core/payments/payments.model';
import { PaymentsService } from '../../../core/payments/payments.service';
import { TopupReturnStore } from '../../../core/payments/topup-return';
import { MoneyPipe } from '../../../shared/experts/expert-pipes';
import { PaymentStatusBadge } from '../../../shared/payments/payment-status-badge';
import { Icon } from '../../../shared/ui/icon/icon';
import { LoadFailure } from '../../../shared/ui/load-view/load-failure';
import { StateBox } from '../../../shared/ui/state-box/state-box';
import { TOPUP_POLL, ReturnView, watchTopup } from './topup-watch';
import { tryAgainLink } from './try-again';

/**
 * `/wallet/topups/:id/return?result=success|cancel`, where the provider sends the client back.
 * Success: waits for the provider's confirmation (polling; a PayPal order is captured first), then
 * "€20.00 added" and a button back to where the top-up started (kept by add-funds), or "still
 * processing" with a refresh once the wait is over. Cancel: tells the provider's page was left and
 * nothing was charged. Failed and expired top-ups say so, with "Try again".
 */
@Component({
  selector: 'app-topup-return',
  imports: [
    NgTemplateOutlet,
    RouterLink,
    TranslatePipe,
    Icon,
    MoneyPipe,
    PaymentStatusBadge,
    LoadFailure,
    StateBox,
  ],
  templateUrl: './topup-return.html',
  styleUrl: './topup-return.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class TopupReturn {
  private readonly api = inject(PaymentsService);
  private readonly router = inject(Router);
  private readonly returns = inject(TopupReturnStore);
  private readonly poll = inject(TOPUP_POLL);
  private readonly route = inject(ActivatedRoute);
  /** "Check again": read once more, without capturing. */
  private readonly refresh$ = new Subject<void>();

  protected readonly lang = inject(LanguageService).lang;
  /** The top-up and how the provider's page was left, from the URL. */
  private readonly target = toSignal(
    combineLatest([this.route.paramMap, this.route.queryParamMap]).pipe(
      map(([params, query]) => ({
        id: params.get('id') ?? '',
        result: query.get('result') === 'cancel' ? ('cancel' as const) : ('success' as const),
      })),
    ),
    { requireSync: true, equal: (a, b) => a.id === b.id && a.result === b.result },
  );
  /** Where to go back to once paid, kept by add-funds for this top-up. */
  protected readonly back = computed(() => this.returns.read(this.target().id));

  protected readonly view = toSignal(
    toObservable(this.target).pipe(
      switchMap(({ id, result }) =>
        this.refresh$.pipe(
          map(() => false),
          startWith(true),
          switchMap((capture) => watchTopup(this.api, id, { result, capture, poll: this.poll })),
        ),
      ),
    ),
    { initialValue: { kind: 'loading' } as ReturnView },
  );
  /** The top-up shown, whatever the view. */
  protected readonly topup = computed<Topup | null>(() => {
    const view = this.view();
    return 'topup' in view ? view.topup : null;
  });
  /** "Try again": add funds for the same amount, leading back to the same place. */
  protected readonly tryAgain = computed(() => {
    const topup = this.topup();
    return topup ? tryAgainLink(topup, this.back()) : null;
  });

  /** Reads the top-up again and waits once more (after "still processing", or an error). */
  protected refresh(): void {
    this.refresh$.next();
  }

  /** Leaves for where the top-up started; what was kept is done with. */
  protected goBack(): void {
    const back = this.back();
    this.returns.clear();
    void this.router.navigateByUrl(back?.path ?? '/wallet');
  }
}
