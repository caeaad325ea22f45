import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  effect,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';

import { PayoutAccount } from '../../core/payments/payments.model';
import { PayoutsService } from '../../core/payments/payouts.service';
import { FormAlert } from '../../shared/forms/form-alert';
import { FormFeedback } from '../../shared/forms/form-feedback';
import { FieldControl, FormField } from '../../shared/forms/form-field';
import { SubmitButton } from '../../shared/forms/submit-button';
import { Icon } from '../../shared/ui/icon/icon';

/** The PayPal e-mail PayPal Payouts sends to (`PUT /api/payouts/account {paypalEmail}`). */
@Component({
  selector: 'app-paypal-email-form',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    Icon,
    FormField,
    FieldControl,
    FormAlert,
    SubmitButton,
  ],
  template: `
    <section class="card section-card" aria-labelledby="paypal-title">
      <h2 id="paypal-title">{{ 'payouts.paypal.title' | translate }}</h2>
      <p class="section-card__lead">{{ 'payouts.paypal.lead' | translate }}</p>
      @if (saved()) {
        <p class="alert alert--success" role="status" data-testid="paypal-saved">
          <app-icon name="check" />{{ 'payouts.paypal.saved' | translate }}
        </p>
      }
      <form
        #formEl
        class="form"
        novalidate
        data-testid="paypal-form"
        [formGroup]="form"
        (ngSubmit)="submit()"
      >
        <app-form-alert testId="paypal-error" [message]="feedback.alert()" />
        <app-form-field
          inputId="paypal-email"
          field="paypalEmail"
          [label]="'payouts.paypal.email' | translate"
          [message]="feedback.message('paypalEmail', form.controls.paypalEmail)"
        >
          <input
            appFieldControl
            class="input"
            type="email"
            autocomplete="email"
            formControlName="paypalEmail"
            data-testid="paypal-email"
            (input)="edited()"
          />
        </app-form-field>
        <div class="form__actions">
          <button
            appSubmit
            class="btn btn--secondary"
            data-testid="paypal-save"
            [sending]="feedback.sending()"
            [busyLabel]="'payouts.paypal.saving' | translate"
          >
            {{ 'payouts.paypal.save' | translate }}
          </button>
        </div>
      </form>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaypalEmailForm {
  private readonly api = inject(PayoutsService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formEl');

  readonly current = input.required<string | null>();
  /** After a save, with the account as it is now. */
  readonly changed = output<PayoutAccount>();

  protected readonly feedback = new FormFeedback();
  protected readonly saved = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    paypalEmail: ['', [Validators.email, Validators.maxLength(254)]],
  });

  constructor() {
    effect(() => this.form.controls.paypalEmail.setValue(this.current() ?? ''));
  }

  protected edited(): void {
    this.saved.set(false);
    this.feedback.edited('paypalEmail');
  }

  protected submit(): void {
    this.saved.set(false);
    if (!this.feedback.start(this.form, () => this.formElement().nativeElement)) {
      return;
    }
    this.api
      .savePaypalEmail(this.form.controls.paypalEmail.value.trim())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (account) => {
          this.feedback.succeed();
          this.saved.set(true);
          this.changed.emit(account);
        },
        error: (error: unknown) => this.feedback.fail(error),
      });
  }
}
