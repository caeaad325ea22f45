import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { PasswordResetService } from '../../../core/auth/password-reset.service';
import { FormAlert } from '../../../shared/forms/form-alert';
import { FormFeedback } from '../../../shared/forms/form-feedback';
import { matchingPasswords } from '../../../shared/forms/form-messages';
import {
  NEW_PASSWORD_VALIDATORS,
  NewPasswordFields,
} from '../../../shared/forms/new-password-fields';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { Icon } from '../../../shared/ui/icon/icon';

/**
 * `/reset-password?token=…`: a new password and its confirmation (the rules of sign-up), sent
 * with the link's token. Then: the password has changed and every sign-in of the account has
 * ended, with the way to sign in. A link that is invalid, expired or used (the server's `token`
 * error) offers to ask for a new one; without a token the page says so instead of the form.
 */
@Component({
  selector: 'app-reset-password',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    Icon,
    FormAlert,
    NewPasswordFields,
    SubmitButton,
  ],
  templateUrl: './reset-password.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ResetPassword {
  private readonly resets = inject(PasswordResetService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formEl');

  /** Query parameter: the link's token. */
  readonly token = input<string>();

  protected readonly linkToken = computed(() => this.token()?.trim() ?? '');
  protected readonly done = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      password: ['', NEW_PASSWORD_VALIDATORS],
      confirmPassword: ['', Validators.required],
    },
    { validators: matchingPasswords('password', 'confirmPassword') },
  );
  protected readonly feedback = new FormFeedback();

  protected submit(): void {
    if (!this.feedback.start(this.form, () => this.formElement()?.nativeElement)) {
      return;
    }
    const { password } = this.form.getRawValue();
    this.resets
      .confirm({ token: this.linkToken(), password })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.feedback.succeed();
          this.form.reset();
          this.done.set(true);
        },
        error: (error: unknown) => this.feedback.fail(error),
      });
  }
}
