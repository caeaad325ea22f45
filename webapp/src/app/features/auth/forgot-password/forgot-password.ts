import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { AuthOptionsService } from '../../../core/auth/auth-options.service';
import { RESET_LINK_MINUTES } from '../../../core/auth/auth.model';
import { PasswordResetService } from '../../../core/auth/password-reset.service';
import { FormAlert } from '../../../shared/forms/form-alert';
import { FormFeedback } from '../../../shared/forms/form-feedback';
import { FieldControl, FormField } from '../../../shared/forms/form-field';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { Icon } from '../../../shared/ui/icon/icon';
import { AuthOptionsStatus } from '../auth-options-status';
import { SsoButton } from '../sso-button';

/**
 * `/forgot-password`: the account's e-mail, then a neutral confirmation (the server answers the
 * same whether or not the account exists). A desk that sends no e-mail says to ask an
 * administrator for a reset link instead of showing the form; one without passwords points to
 * the company sign-in.
 */
@Component({
  selector: 'app-forgot-password',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    Icon,
    FormAlert,
    FormField,
    FieldControl,
    SubmitButton,
    AuthOptionsStatus,
    SsoButton,
  ],
  templateUrl: './forgot-password.html',
  styles: `
    .auth__header {
      text-align: center;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ForgotPassword {
  private readonly resets = inject(PasswordResetService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formEl');
  protected readonly options = inject(AuthOptionsService);

  protected readonly minutes = RESET_LINK_MINUTES;
  /** The address a link was asked for (the confirmation shows instead of the form). */
  protected readonly sentTo = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });
  protected readonly feedback = new FormFeedback();

  protected submit(): void {
    if (!this.feedback.start(this.form, () => this.formElement()?.nativeElement)) {
      return;
    }
    const email = this.form.getRawValue().email.trim();
    this.resets
      .request(email)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.feedback.succeed();
          this.sentTo.set(email);
        },
        error: (error: unknown) => this.feedback.fail(error),
      });
  }

  /** Back to the form (same address) for another link. */
  protected again(): void {
    this.sentTo.set(null);
  }
}
