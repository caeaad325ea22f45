import {
  AfterViewInit,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';

import { User } from '../../../core/auth/auth.model';
import { GRANT_REASON_MAX, Grant } from '../../../core/billing/billing.model';
import { currencyName } from '../../../core/experts/locale-data';
import { CURRENCIES, currencyDigits, parseMajorToMinor } from '../../../core/experts/money';
import { LanguageService } from '../../../core/i18n/language.service';
import { MoneyPipe } from '../../../shared/experts/expert-pipes';
import { FormFeedback } from '../../../shared/forms/form-feedback';
import { FieldControl, FormField } from '../../../shared/forms/form-field';
import { FormMessage, notBlank } from '../../../shared/forms/form-messages';
import { positiveAmount } from '../../../shared/forms/money-validators';
import { Icon } from '../../../shared/ui/icon/icon';
import { AdminUsersService } from './admin-users.service';
import { SubmitButton } from '../../../shared/forms/submit-button';

/** Currency a grant starts with. */
export const GRANT_DEFAULT_CURRENCY = 'EUR';

/**
 * "Grant credit" to one user (`POST /api/admin/grants`): an amount typed in major units ("25.00")
 * and converted to minor units exactly, a currency (EUR by default) and a required reason. Server
 * field errors show next to their fields; after a grant the form empties for another one and says
 * what the user's balance is now.
 */
@Component({
  selector: 'app-grant-credit',
  imports: [
    SubmitButton,
    ReactiveFormsModule,
    TranslatePipe,
    Icon,
    FormField,
    FieldControl,
    MoneyPipe,
  ],
  template: `
    @let u = user();
    <section
      class="card grant"
      data-testid="grant-form-panel"
      aria-labelledby="grant-title"
      [attr.data-user-id]="u.id"
      (keydown.escape)="closed.emit()"
    >
      <div class="grant__head">
        <h2 id="grant-title" class="grant__title">
          <app-icon name="wallet" />{{ 'admin.grant.title' | translate: { name: u.displayName } }}
        </h2>
        <button
          type="button"
          class="notice__close"
          data-testid="grant-close"
          [attr.aria-label]="'admin.grant.close' | translate"
          (click)="closed.emit()"
        >
          <app-icon name="close" />
        </button>
      </div>
      <p class="grant__lead">{{ 'admin.grant.lead' | translate: { email: u.email } }}</p>

      @if (done(); as g) {
        <div class="alert alert--success" role="status" data-testid="grant-done">
          <app-icon name="check" />
          <p>
            {{
              'admin.grant.done'
                | translate
                  : {
                      amount: (g.amount | money: g.currency : lang()),
                      name: u.displayName,
                      balance: (g.balance | money: g.currency : lang()),
                    }
            }}
          </p>
        </div>
      }
      @if (feedback.alert(); as alert) {
        <div class="alert alert--danger" role="alert" data-testid="grant-error">
          <app-icon name="alert" />
          <p>{{ alert.text ?? (alert.key | translate: alert.params) }}</p>
        </div>
      }

      <form
        #formEl
        class="form grant__form"
        novalidate
        data-testid="grant-form"
        [formGroup]="form"
        [attr.aria-busy]="feedback.sending()"
        (ngSubmit)="submit()"
      >
        <div class="grant__row">
          <app-form-field
            inputId="grant-amount"
            field="amount"
            [label]="'admin.grant.amount' | translate"
            [hint]="'admin.grant.amountHint' | translate"
            [message]="amountMessage()"
          >
            <input
              #amountInput
              appFieldControl
              class="input"
              type="text"
              inputmode="decimal"
              autocomplete="off"
              formControlName="amount"
              data-testid="grant-amount"
              [attr.placeholder]="'admin.grant.amountPlaceholder' | translate"
              (input)="edited('amount')"
            />
          </app-form-field>
          <app-form-field
            inputId="grant-currency"
            field="currency"
            [label]="'admin.grant.currency' | translate"
            [message]="feedback.message('currency', form.controls.currency)"
          >
            <select
              appFieldControl
              class="select"
              formControlName="currency"
              data-testid="grant-currency"
              (change)="edited('currency')"
            >
              @for (c of currencyOptions(); track c.code) {
                <option [value]="c.code">{{ c.code }} — {{ c.name }}</option>
              }
            </select>
          </app-form-field>
        </div>
        <app-form-field
          inputId="grant-reason"
          field="reason"
          [label]="'admin.grant.reason' | translate"
          [hint]="'admin.grant.reasonHint' | translate: { max: reasonMax }"
          [message]="reasonMessage()"
        >
          <input
            appFieldControl
            class="input"
            type="text"
            autocomplete="off"
            formControlName="reason"
            data-testid="grant-reason"
            [attr.maxlength]="reasonMax"
            (input)="edited('reason')"
          />
        </app-form-field>
        @if (feedback.serverErrors()['userId']; as userError) {
          <p class="field__error" data-testid="field-error-userId">
            <app-icon name="alert" /><span>{{ userError }}</span>
          </p>
        }
        <div class="form__actions">
          <button
            appSubmit
            class="btn btn--primary"
            data-testid="grant-submit"
            [sending]="feedback.sending()"
            [busyLabel]="'admin.grant.submitting' | translate"
          >
            {{ 'admin.grant.submit' | translate }}
          </button>
          <button
            type="button"
            class="btn btn--ghost"
            data-testid="grant-cancel"
            (click)="closed.emit()"
          >
            {{ 'admin.grant.cancel' | translate }}
          </button>
        </div>
      </form>
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .grant {
      display: grid;
      gap: var(--space-3);
      padding: var(--space-5);
      border-inline-start: 4px solid var(--color-primary);
    }
    .grant__head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--space-3);
    }
    .grant__title {
      display: inline-flex;
      align-items: center;
      gap: var(--space-2);
      margin: 0;
      font-size: var(--text-lg);
      app-icon {
        color: var(--color-primary);
      }
    }
    .grant__lead {
      margin: 0;
      color: var(--color-text-muted);
      overflow-wrap: anywhere;
    }
    .grant__row {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: var(--space-4);
      @media (max-width: 40rem) {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GrantCredit implements AfterViewInit {
  private readonly api = inject(AdminUsersService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formEl');
  private readonly amountInput = viewChild.required<ElementRef<HTMLInputElement>>('amountInput');

  /** Who gets the credit. */
  readonly user = input.required<User>();
  readonly closed = output<void>();
  /** After each successful grant. */
  readonly granted = output<Grant>();

  protected readonly lang = inject(LanguageService).lang;
  protected readonly reasonMax = GRANT_REASON_MAX;
  protected readonly reasonRule = { key: 'form.maxLength', params: { max: GRANT_REASON_MAX } };
  protected readonly feedback = new FormFeedback();
  protected readonly done = signal<Grant | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    amount: ['', [Validators.required, positiveAmount(() => this.currentCurrency())]],
    currency: [GRANT_DEFAULT_CURRENCY, Validators.required],
    reason: ['', [Validators.required, Validators.maxLength(GRANT_REASON_MAX), notBlank]],
  });
  private readonly currency = toSignal(this.form.controls.currency.valueChanges, {
    initialValue: GRANT_DEFAULT_CURRENCY,
  });
  protected readonly currencyOptions = computed(() => {
    const lang = this.lang();
    return CURRENCIES.map((code) => ({ code, name: currencyName(code, lang) }));
  });

  constructor() {
    // Another currency may turn the typed amount invalid (e.g. decimals for CLP): say so at once.
    this.form.controls.currency.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      const amount = this.form.controls.amount;
      amount.updateValueAndValidity({ emitEvent: false });
      if (amount.value !== '') {
        amount.markAsTouched();
      }
    });
  }

  ngAfterViewInit(): void {
    this.amountInput().nativeElement.focus();
  }

  protected edited(field: string): void {
    this.done.set(null);
    this.feedback.edited(field);
  }

  protected amountMessage(): FormMessage | null {
    const whole = currencyDigits(this.currency()) === 0;
    return this.feedback.amountMessage(
      'amount',
      this.form.controls.amount,
      { amountPositive: { key: 'admin.grant.amountPositive' } },
      { key: whole ? 'admin.grant.amountInvalidWhole' : 'admin.grant.amountInvalid' },
    );
  }

  protected reasonMessage(): FormMessage | null {
    return this.feedback.requiredTextMessage('reason', this.form.controls.reason, GRANT_REASON_MAX);
  }

  protected submit(): void {
    this.done.set(null);
    if (!this.feedback.start(this.form, () => this.formElement().nativeElement)) {
      return;
    }
    const { amount, currency, reason } = this.form.getRawValue();
    const minor = parseMajorToMinor(amount, currency);
    if (minor === null) {
      this.feedback.sending.set(false);
      return;
    }
    this.api
      .grant({ userId: this.user().id, amount: minor, currency, reason: reason.trim() })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (grant) => {
          this.feedback.succeed();
          this.form.reset({ amount: '', currency, reason: '' });
          this.done.set(grant);
          this.granted.emit(grant);
        },
        error: (error: unknown) => this.feedback.fail(error),
      });
  }

  private currentCurrency(): string {
    return this.form?.controls.currency.value ?? GRANT_DEFAULT_CURRENCY;
  }
}
