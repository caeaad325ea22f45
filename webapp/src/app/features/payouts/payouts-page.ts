import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { BehaviorSubject, switchMap } from 'rxjs';

import { LOADING, LoadState, toLoadState } from '../../core/http/load-state';
import { PAGE_QUERY, urlList } from '../../core/http/url-list';
import { LanguageService } from '../../core/i18n/language.service';
import { PayoutAccount } from '../../core/payments/payments.model';
import { PayoutsService } from '../../core/payments/payouts.service';
import { MoneyPipe } from '../../shared/experts/expert-pipes';
import { PaymentStatusBadge } from '../../shared/payments/payment-status-badge';
import { DataTable, TableColumn } from '../../shared/ui/data-table/data-table';
import { DateTimePipe } from '../../shared/ui/date-time';
import { Icon } from '../../shared/ui/icon/icon';
import { LoadFailure } from '../../shared/ui/load-view/load-failure';
import { ListEmpty, Loaded } from '../../shared/ui/load-view/load-templates';
import { PageNotice } from '../../shared/ui/notice/page-notice';
import { PageHero } from '../../shared/ui/page-hero/page-hero';
import { PagedList } from '../../shared/ui/paged-list/paged-list';
import { StateBox } from '../../shared/ui/state-box/state-box';
import { PaypalEmailForm } from './paypal-email-form';
import { PayoutRequestForm } from './payout-request-form';
import { StripeOnboarding } from './stripe-onboarding';

const COLUMNS: readonly TableColumn[] = [
  'payouts.history.date',
  'payouts.history.method',
  'payouts.history.status',
  'payouts.history.details',
  { key: 'payouts.history.amount', numeric: true },
];

/** Why Stripe sent the expert back here (`?onboarding=`). */
type OnboardingReturn = 'return' | 'refresh' | null;

/**
 * `/payouts` (experts): earnings available and already asked for, how they are paid (Stripe
 * onboarding, PayPal e-mail), "Request a payout", and the payouts asked for, newest first, paged
 * (`?page=`). Stripe's onboarding comes back with `?onboarding=return` (done or left: the state
 * below says which) or `?onboarding=refresh` (the link expired: continue for a new one).
 */
@Component({
  selector: 'app-payouts-page',
  imports: [
    DateTimePipe,
    PageHero,
    PageNotice,
    TranslatePipe,
    Icon,
    MoneyPipe,
    PaymentStatusBadge,
    StateBox,
    LoadFailure,
    PagedList,
    DataTable,
    ListEmpty,
    Loaded,
    StripeOnboarding,
    PaypalEmailForm,
    PayoutRequestForm,
  ],
  templateUrl: './payouts-page.html',
  styleUrl: './payouts-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class PayoutsPage {
  private readonly api = inject(PayoutsService);
  private readonly reloadAccount$ = new BehaviorSubject<void>(undefined);

  protected readonly lang = inject(LanguageService).lang;
  protected readonly columns = COLUMNS;
  protected readonly account = signal<LoadState<PayoutAccount>>(LOADING);
  protected readonly list = urlList({ ...PAGE_QUERY, load: ({ page }) => this.api.list(page) });
  protected readonly loading = this.list.loading;
  protected readonly onboarding = signal<OnboardingReturn>(onboardingOf(inject(ActivatedRoute)));

  constructor() {
    this.reloadAccount$
      .pipe(
        switchMap(() => toLoadState(this.api.account())),
        takeUntilDestroyed(),
      )
      .subscribe((state) => {
        // A reload keeps the account on screen until the new one is there.
        if (state.status !== 'loading' || this.account().status !== 'ready') {
          this.account.set(state);
        }
      });
  }

  protected retryAccount(): void {
    this.account.set(LOADING);
    this.reloadAccount$.next();
  }

  /** The PayPal e-mail was saved: the account as the server answered it. */
  protected accountChanged(account: PayoutAccount): void {
    this.account.set({ status: 'ready', value: account });
  }

  /** A payout was asked for: the amounts moved, and it heads the history. */
  protected payoutRequested(): void {
    this.reloadAccount$.next();
    if (this.list.query().page === 0) {
      this.list.reload();
    } else {
      this.list.goToPage(0);
    }
  }
}

function onboardingOf(route: ActivatedRoute): OnboardingReturn {
  const value = route.snapshot.queryParamMap.get('onboarding');
  return value === 'return' || value === 'refresh' ? value : null;
}
