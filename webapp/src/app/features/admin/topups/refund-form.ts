import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';

import { parseMajorToMinor } from '../../../core/experts/money';
import { LanguageService } from '../../../core/i18n/language.service';
import { AdminPaymentsService } from '../../../core/payments/admin-payments.service';
import { AttemptKey } from '../../../core/payments/idempotency';
import { AdminTopup, PAYMENT_TEXT_MAX, Refund } from '../../../core/payments/payments.model';
import { MoneyPipe } from '../../../shared/experts/expert-pipes';
import { FormAlert } from '../../../shared/forms/form-alert';
import { FormFeedback } from '../../../shared/forms/form-feedback';
import { FieldControl, FormField } from '../../../shared/forms/form-field';
import { FormMessage, notBlank } from '../../../shared/forms/form-messages';
import { positiveAmount } from '../../../shared/forms/money-validators';
import { SubmitButton } from '../../../shared/forms/submit-button';

/**
 * "Refund" a top-up (`POST /api/admin/topups/{id}/refund {amount, reason}`): an amount typed in
 * major units, at most what is refundable, and a required reason. A retry of the same refund
 * carries the same Idempotency-Key; the server's 409 (more than is unspent) shows on top.
 */
@Component({
  selector: 'app-refund-form',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    MoneyPipe,
    FormField,
    FieldControl,
    FormAlert,
    SubmitButton,
  ],
  template: `
    @let t = topup();
    <section class="card section-card" aria-labelledby="refund-title" data-testid="refund-panel">
      <h2 id="refund-title">{{ 'adminPayments.refund.title' | translate }}</h2>
      <p class="section-card__lead">
        {{
          'adminPayments.refund.lead'
            | translate: { amount: (t.refundable | money: t.currency : lang()) }
        }}
      </p>
      <form
        #formEl
        class="form"
        novalidate
        data-testid="refund-form"
        [formGroup]="form"
        (ngSubmit)="submit()"
      >
        <app-form-alert testId="refund-error" [message]="feedback.alert()" />
        <app-form-field
          inputId="refund-amount"
          field="amount"
          [label]="'adminPayments.refund.amount' | translate: { currency: t.currency }"
          [message]="amountMessage()"
        >
          <input
            appFieldControl
            class="input"
            type="text"
            inputmode="decimal"
            autocomplete="off"
            formControlName="amount"
            data-testid="refund-amount"
            (input)="feedback.edited('amount')"
          />
        </app-form-field>
        <app-form-field
          inputId="refund-reason"
          field="reason"
          [label]="'adminPayments.refund.reason' | translate"
          [hint]="'adminPayments.refund.reasonHint' | translate: { max: reasonMax }"
          [message]="reasonMessage()"
        >
          <input
            appFieldControl
            class="input"
            type="text"
            autocomplete="off"
            formControlName="reason"
            data-testid="refund-reason"
            [attr.maxlength]="reasonMax"
            (input)="feedback.edited('reason')"
          />
        </app-form-field>
        <div class="form__actions">
          <button
            appSubmit
            class="btn btn--danger"
            data-testid="refund-submit"
            [sending]="feedback.sending()"
            [busyLabel]="'adminPayments.refund.submitting' | translate"
          >
            {{ 'adminPayments.refund.submit' | translate }}
          </button>
        </div>
      </form>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RefundForm {
  private readonly api = inject(AdminPaymentsService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formEl');
  private readonly attempt = new AttemptKey();

  readonly topup = input.required<AdminTopup>();
  readonly refunded = output<Refund>();

  protected readonly lang = inject(LanguageService).lang;
  protected readonly reasonMax = PAYMENT_TEXT_MAX;
  protected readonly feedback = new FormFeedback();
  protected readonly form = inject(NonNullableFormBuilder).group({
    amount: [
      '',
      [
        Validators.required,
        positiveAmount(() => this.currency()),
        (control: AbstractControl) => this.withinRefundable(control),
      ],
    ],
    reason: ['', [Validators.required, Validators.maxLength(PAYMENT_TEXT_MAX), notBlank]],
  });

  protected amountMessage(): FormMessage | null {
    return this.feedback.amountMessage(
      'amount',
      this.form.controls.amount,
      { aboveRefundable: { key: 'adminPayments.refund.aboveRefundable' } },
      { key: 'payments.addFunds.amountInvalid' },
    );
  }

  protected reasonMessage(): FormMessage | null {
    return this.feedback.requiredTextMessage('reason', this.form.controls.reason, PAYMENT_TEXT_MAX);
  }

  protected submit(): void {
    if (!this.feedback.start(this.form, () => this.formElement().nativeElement)) {
      return;
    }
    const topup = this.topup();
    const amount = parseMajorToMinor(this.form.controls.amount.value, topup.currency);
    if (amount === null) {
      this.feedback.sending.set(false);
      return;
    }
    const request = { amount, reason: this.form.controls.reason.value.trim() };
    this.api
      .refund(topup.id, request, this.attempt.for(JSON.stringify([topup.id, request])))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (refund) => {
          this.attempt.done();
          this.feedback.succeed();
          this.form.reset({ amount: '', reason: '' });
          this.refunded.emit(refund);
        },
        error: (error: unknown) => this.feedback.fail(error),
      });
  }

  private currency(): string {
    return this.topup().currency;
  }

  private withinRefundable(control: AbstractControl): ValidationErrors | null {
    if (!this.form) {
      return null;
    }
    const minor = parseMajorToMinor(String(control.value ?? ''), this.currency());
    return minor !== null && minor > this.topup().refundable ? { aboveRefundable: true } : null;
  }
}
