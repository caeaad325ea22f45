import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { Location } from '@angular/common';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { BehaviorSubject, switchMap } from 'rxjs';

import { safeReturnUrl } from '../../../core/auth/return-url';
import { formatMoney, minorToMajor, parseMajorToMinor } from '../../../core/experts/money';
import { LOADING, LoadState, toLoadState } from '../../../core/http/load-state';
import { parseCurrency } from '../../../core/http/url-list';
import { LanguageService } from '../../../core/i18n/language.service';
import { AttemptKey } from '../../../core/payments/idempotency';
import { PaymentProvider, ProviderId, Topup } from '../../../core/payments/payments.model';
import { PaymentsService } from '../../../core/payments/payments.service';
import { injectRedirect } from '../../../core/payments/redirect';
import { TopupReturnStore } from '../../../core/payments/topup-return';
import { MoneyPipe } from '../../../shared/experts/expert-pipes';
import { FieldError } from '../../../shared/forms/field-error';
import { FormAlert } from '../../../shared/forms/form-alert';
import { FormFeedback } from '../../../shared/forms/form-feedback';
import { FieldControl, FormField } from '../../../shared/forms/form-field';
import { FormMessage } from '../../../shared/forms/form-messages';
import { positiveAmount } from '../../../shared/forms/money-validators';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { Icon } from '../../../shared/ui/icon/icon';
import { LoadFailure } from '../../../shared/ui/load-view/load-failure';
import { PageHero } from '../../../shared/ui/page-hero/page-hero';
import { StateBox } from '../../../shared/ui/state-box/state-box';
import {
  parseMinorParam,
  presetAmounts,
  providersFor,
  startingAmount,
  withinLimits,
} from './add-funds-amounts';

/** The router state a page may hand over with `returnTo`: the name of where it leads back. */
export interface AddFundsState {
  returnLabel?: string;
}

/**
 * `/wallet/add-funds?amount=&currency=&returnTo=` (clients): a top-up. Presets and a typed amount
 * (major units, parsed exactly) within the chosen provider's limits, the provider among those
 * configured for the currency, then `POST /api/wallet/topups` with an Idempotency-Key kept while
 * the attempt stays the same (a retry after a lost answer pays once) and on to the provider's page.
 * `returnTo` (an app path) is kept for the return page, which leads back to it once paid.
 */
@Component({
  selector: 'app-add-funds',
  imports: [
    PageHero,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    Icon,
    MoneyPipe,
    FormField,
    FieldControl,
    FieldError,
    FormAlert,
    SubmitButton,
    LoadFailure,
    StateBox,
  ],
  templateUrl: './add-funds.html',
  styleUrl: './add-funds.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AddFunds {
  private readonly api = inject(PaymentsService);
  private readonly returns = inject(TopupReturnStore);
  private readonly destroyRef = inject(DestroyRef);
  private readonly router = inject(Router);
  private readonly redirect = injectRedirect();
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formEl');
  private readonly attempt = new AttemptKey();
  private readonly reload$ = new BehaviorSubject<void>(undefined);

  protected readonly lang = inject(LanguageService).lang;
  private readonly params = inject(ActivatedRoute).snapshot.queryParamMap;
  private readonly askedAmount = parseMinorParam(this.params.get('amount'));
  private readonly askedCurrency = parseCurrency(this.params);
  /** The app path to go back to once paid ('' for none). */
  protected readonly returnTo = safeReturnUrl(this.params.get('returnTo'), '');
  protected readonly returnLabel = returnLabelOf(this.router, inject(Location));
  /** Cancel leads back where the client came from. */
  protected readonly backLink = this.returnTo ? this.router.parseUrl(this.returnTo) : '/wallet';

  protected readonly providers = signal<LoadState<PaymentProvider[]>>(LOADING);
  /** The currency of the top-up: the one asked for, else the first one offered. */
  protected readonly currency = computed(() => {
    const state = this.providers();
    const first = state.status === 'ready' ? state.value[0]?.currencies[0] : undefined;
    return this.askedCurrency || first || 'EUR';
  });
  /** The providers that take that currency. */
  protected readonly offered = computed(() => {
    const state = this.providers();
    return state.status === 'ready' ? providersFor(state.value, this.currency()) : [];
  });

  protected readonly feedback = new FormFeedback();
  protected readonly form = inject(NonNullableFormBuilder).group({
    provider: ['' as ProviderId | '', Validators.required],
    amount: [
      '',
      [
        Validators.required,
        positiveAmount(() => this.currency()),
        withinLimits(
          () => this.limits(),
          () => this.currency(),
        ),
      ],
    ],
  });
  private readonly providerId = toSignal(this.form.controls.provider.valueChanges, {
    initialValue: '' as ProviderId | '',
  });
  private readonly amountText = toSignal(this.form.controls.amount.valueChanges, {
    initialValue: '',
  });
  /** The chosen provider, with its limits. */
  protected readonly selected = computed(
    () => this.offered().find((p) => p.id === this.providerId()) ?? null,
  );
  protected readonly presets = computed(() => {
    const provider = this.selected();
    return provider ? presetAmounts(provider, this.currency()) : [];
  });
  /** The typed amount in minor units (null while it is not one). */
  protected readonly amount = computed(() => parseMajorToMinor(this.amountText(), this.currency()));
  /** The chosen provider's limits, formatted: `{min, max}`. */
  protected readonly range = computed(() => {
    const provider = this.selected();
    const money = (minor: number) => formatMoney(minor, this.currency(), this.lang());
    return provider ? { min: money(provider.minAmount), max: money(provider.maxAmount) } : null;
  });

  constructor() {
    this.reload$
      .pipe(
        switchMap(() => toLoadState(this.api.providers())),
        takeUntilDestroyed(),
      )
      .subscribe((state) => {
        this.providers.set(state);
        if (state.status === 'ready') {
          this.choose(this.offered()[0] ?? null);
        }
      });
    // Another provider has other limits: say at once whether the amount still fits.
    this.form.controls.provider.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.form.controls.amount.updateValueAndValidity({ emitEvent: false });
      this.form.controls.amount.markAsTouched();
    });
  }

  protected retry(): void {
    this.reload$.next();
  }

  protected pickPreset(minor: number): void {
    this.form.controls.amount.setValue(minorToMajor(minor, this.currency()));
    this.form.controls.amount.markAsTouched();
    this.edited('amount');
  }

  protected edited(field: string): void {
    this.feedback.edited(field);
  }

  protected amountMessage(): FormMessage | null {
    const range = this.range() ?? undefined;
    return this.feedback.amountMessage(
      'amount',
      this.form.controls.amount,
      {
        amountBelow: { key: 'payments.addFunds.amountBelow', params: range },
        amountAbove: { key: 'payments.addFunds.amountAbove', params: range },
      },
      { key: 'payments.addFunds.amountInvalid' },
    );
  }

  protected submit(): void {
    const form = () => this.formElement()?.nativeElement;
    if (!this.feedback.start(this.form, form)) {
      return;
    }
    const provider = this.form.controls.provider.value;
    const amount = this.amount();
    if (!provider || amount === null) {
      this.feedback.sending.set(false);
      return;
    }
    const request = { provider, amount, currency: this.currency() };
    const key = this.attempt.for(JSON.stringify(request));
    this.api
      .createTopup(request, key)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (topup) => this.started(topup),
        error: (error: unknown) => this.feedback.fail(error),
      });
  }

  /** The top-up exists: remember where to come back to, then off to the provider's page. */
  private started(topup: Topup): void {
    this.attempt.done();
    if (this.returnTo) {
      this.returns.keep(topup.id, { path: this.returnTo, label: this.returnLabel });
    } else {
      this.returns.clear();
    }
    this.redirect(topup.redirectUrl || `/wallet/topups/${topup.id}/return?result=success`);
  }

  /** The limits of the provider chosen in the form (read while the form is being built too). */
  private limits(): PaymentProvider | null {
    const id = this.form?.controls.provider.value;
    return this.offered().find((p) => p.id === id) ?? null;
  }

  /** Selects `provider` and puts the starting amount (within its limits) in the box. */
  private choose(provider: PaymentProvider | null): void {
    if (!provider) {
      return;
    }
    this.form.controls.provider.setValue(provider.id);
    const start = startingAmount(this.askedAmount, provider, this.currency());
    this.form.controls.amount.setValue(minorToMajor(start, this.currency()));
  }
}

/** The name of where `returnTo` leads, handed over in the router state (or the history entry's). */
function returnLabelOf(router: Router, location: Location): string | null {
  const state = (router.currentNavigation()?.extras.state ?? location.getState()) as
    AddFundsState | null | undefined;
  const label = state?.returnLabel;
  return typeof label === 'string' && label.trim() !== '' ? label.trim().slice(0, 120) : null;
}
