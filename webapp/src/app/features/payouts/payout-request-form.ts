import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';

import { formatMoney, parseMajorToMinor } from '../../core/experts/money';
import { LanguageService } from '../../core/i18n/language.service';
import { Payout, PayoutAccount, PayoutMethod } from '../../core/payments/payments.model';
import { PayoutsService } from '../../core/payments/payouts.service';
import { MoneyPipe } from '../../shared/experts/expert-pipes';
import { FieldError } from '../../shared/forms/field-error';
import { FormAlert } from '../../shared/forms/form-alert';
import { FormFeedback } from '../../shared/forms/form-feedback';
import { FieldControl, FormField } from '../../shared/forms/form-field';
import { FormMessage } from '../../shared/forms/form-messages';
import { positiveAmount } from '../../shared/forms/money-validators';
import { SubmitButton } from '../../shared/forms/submit-button';
import { Icon } from '../../shared/ui/icon/icon';
import { availableIn, defaultMethod, methodOptions } from './payout-options';

/**
 * "Request a payout" (`POST /api/payouts {amount, currency, method}`): an amount typed in major
 * units (at least the minimum, at most what is available, both shown), the currency when earnings
 * are held in several, and the method among those offered (one that cannot be used yet says why).
 * The server's 409 (beyond the earnings, method not usable yet) shows on top of the form.
 */
@Component({
  selector: 'app-payout-request-form',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    Icon,
    MoneyPipe,
    FormField,
    FieldControl,
    FieldError,
    FormAlert,
    SubmitButton,
  ],
  templateUrl: './payout-request-form.html',
  styles: `
    .payout-form__row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
      gap: var(--space-4);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PayoutRequestForm {
  private readonly api = inject(PayoutsService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formEl');

  readonly account = input.required<PayoutAccount>();
  /** After each payout asked for. */
  readonly requested = output<Payout>();

  protected readonly lang = inject(LanguageService).lang;
  protected readonly feedback = new FormFeedback();
  protected readonly done = signal<Payout | null>(null);
  protected readonly options = computed(() => methodOptions(this.account()));
  protected readonly currencies = computed(() => this.account().available.map((a) => a.currency));

  protected readonly form = inject(NonNullableFormBuilder).group({
    amount: [
      '',
      [
        Validators.required,
        positiveAmount(() => this.currencyValue()),
        (control: AbstractControl) => this.checkRange(control),
      ],
    ],
    currency: [''],
    method: ['' as PayoutMethod | '', Validators.required],
  });
  private readonly currency = toSignal(this.form.controls.currency.valueChanges, {
    initialValue: '',
  });
  /** The minimum and what is available, in the chosen currency. */
  protected readonly limits = computed(() => {
    const currency = this.currency();
    const account = this.account();
    return { currency, minimum: account.minimum, available: availableIn(account, currency) };
  });

  constructor() {
    // A new account (after a payout or a PayPal e-mail saved): pick sensible defaults again.
    effect(() => {
      const account = this.account();
      untracked(() => {
        const currency = this.form.controls.currency.value;
        if (!this.currencies().includes(currency)) {
          this.form.controls.currency.setValue(this.currencies()[0] ?? '');
        }
        const method = this.form.controls.method.value;
        if (!this.options().some((o) => o.method === method && o.blockedKey === null)) {
          this.form.controls.method.setValue(
            defaultMethod(this.options(), account.preferredMethod),
          );
        }
        this.form.controls.amount.updateValueAndValidity();
      });
    });
    this.form.controls.currency.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.form.controls.amount.updateValueAndValidity({ emitEvent: false });
    });
  }

  protected edited(field: string): void {
    this.done.set(null);
    this.feedback.edited(field);
  }

  protected amountMessage(): FormMessage | null {
    const { currency, minimum, available } = this.limits();
    const money = (minor: number) => formatMoney(minor, currency, this.lang());
    return this.feedback.amountMessage(
      'amount',
      this.form.controls.amount,
      {
        belowMinimum: { key: 'payouts.request.belowMinimum', params: { min: money(minimum) } },
        aboveAvailable: {
          key: 'payouts.request.aboveAvailable',
          params: { available: money(available) },
        },
      },
      { key: 'payments.addFunds.amountInvalid' },
    );
  }

  protected submit(): void {
    this.done.set(null);
    if (!this.feedback.start(this.form, () => this.formElement().nativeElement)) {
      return;
    }
    const { amount, currency, method } = this.form.getRawValue();
    const minor = parseMajorToMinor(amount, currency);
    if (minor === null || !method) {
      this.feedback.sending.set(false);
      return;
    }
    this.api
      .request({ amount: minor, currency: currency || undefined, method })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (payout) => {
          this.feedback.succeed();
          this.form.controls.amount.reset('');
          this.done.set(payout);
          this.requested.emit(payout);
        },
        error: (error: unknown) => this.feedback.fail(error),
      });
  }

  private currencyValue(): string {
    return this.form?.controls.currency.value ?? '';
  }

  /** At least the minimum, at most what is available (read while the form is being built too). */
  private checkRange(control: AbstractControl): ValidationErrors | null {
    if (!this.form) {
      return null;
    }
    const minor = parseMajorToMinor(String(control.value ?? ''), this.currencyValue());
    if (minor === null || minor <= 0) {
      return null;
    }
    const account = this.account();
    if (minor < account.minimum) {
      return { belowMinimum: true };
    }
    return minor > availableIn(account, this.currencyValue()) ? { aboveAvailable: true } : null;
  }
}
