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

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../core/auth/auth.model';
import { AuthService } from '../../../core/auth/auth.service';
import { safeReturnUrl } from '../../../core/auth/return-url';
import { FieldError } from '../../../shared/forms/field-error';
import { FormFeedback } from '../../../shared/forms/form-feedback';
import { focusFirstInvalid, matchingPasswords } from '../../../shared/forms/form-messages';
import { Icon } from '../../../shared/ui/icon/icon';

/**
 * `/profile/password`: current + new + confirmation. Users who must change their password are
 * held here (see authGuard) with a notice until they do.
 */
@Component({
  selector: 'app-change-password',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, Icon, FieldError],
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
  protected readonly passwordRule = {
    key: 'form.passwordLength',
    params: { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH },
  };

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      currentPassword: ['', Validators.required],
      newPassword: [
        '',
        [
          Validators.required,
          Validators.minLength(PASSWORD_MIN_LENGTH),
          Validators.maxLength(PASSWORD_MAX_LENGTH),
        ],
      ],
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
    this.feedback.begin();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      setTimeout(() => focusFirstInvalid(this.formElement().nativeElement));
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.feedback.sending.set(true);
    this.auth.changePassword({ currentPassword, newPassword }).subscribe({
      next: () => {
        this.feedback.sending.set(false);
        this.feedback.reset();
        this.form.reset();
        this.changed.set(true);
      },
      error: (error: unknown) => this.feedback.fail(error),
    });
  }
}
