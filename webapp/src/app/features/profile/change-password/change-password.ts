import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { AuthService } from '../../../core/auth/auth.service';
import { safeReturnUrl } from '../../../core/auth/return-url';
import { FormAlert } from '../../../shared/forms/form-alert';
import { FormFeedback } from '../../../shared/forms/form-feedback';
import { FieldControl, FormField } from '../../../shared/forms/form-field';
import { matchingPasswords } from '../../../shared/forms/form-messages';
import {
  NEW_PASSWORD_VALIDATORS,
  NewPasswordFields,
} from '../../../shared/forms/new-password-fields';
import { Icon } from '../../../shared/ui/icon/icon';
import { SubmitButton } from '../../../shared/forms/submit-button';

/**
 * `/profile/password`: current + new + confirmation. Users who must change their password are
 * held here (see authGuard) with a notice until they do.
 */
@Component({
  selector: 'app-change-password',
  imports: [
    SubmitButton,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    Icon,
    FormField,
    FieldControl,
    FormAlert,
    NewPasswordFields,
  ],
  templateUrl: './change-password.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ChangePassword {
  private readonly auth = inject(AuthService);
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formEl');

  /** Query parameter: where to continue once the password has been changed. */
  readonly returnUrl = input<string>();

  protected readonly mustChange = this.auth.mustChangePassword;
  protected readonly accountEmail = computed(() => this.auth.user()?.email ?? '');
  protected readonly changed = signal(false);
  protected readonly continueUrl = computed(() => safeReturnUrl(this.returnUrl(), '/profile'));

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      currentPassword: ['', Validators.required],
      newPassword: ['', NEW_PASSWORD_VALIDATORS],
      confirmPassword: ['', Validators.required],
    },
    { validators: matchingPasswords('newPassword', 'confirmPassword') },
  );
  protected readonly feedback = new FormFeedback();

  protected edited(field: string): void {
    this.changed.set(false);
    this.feedback.edited(field);
  }

  protected submit(): void {
    this.changed.set(false);
    if (!this.feedback.start(this.form, () => this.formElement().nativeElement)) {
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.auth.changePassword({ currentPassword, newPassword }).subscribe({
      next: () => {
        this.feedback.succeed();
        this.form.reset();
        this.changed.set(true);
      },
      error: (error: unknown) => this.feedback.fail(error),
    });
  }
}
