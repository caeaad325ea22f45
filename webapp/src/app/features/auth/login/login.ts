import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { CHANGE_PASSWORD_PATH } from '../../../core/auth/auth.guards';
import { AuthService } from '../../../core/auth/auth.service';
import { safeReturnUrl } from '../../../core/auth/return-url';
import { FormFeedback } from '../../../shared/forms/form-feedback';
import { FieldControl, FormField } from '../../../shared/forms/form-field';
import { PasswordField } from '../../../shared/forms/password-field';
import { Icon } from '../../../shared/ui/icon/icon';

/** `/login`: e-mail + password; then back to `returnUrl` (or home). */
@Component({
  selector: 'app-login',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    Icon,
    FormField,
    FieldControl,
    PasswordField,
  ],
  templateUrl: './login.html',
  styleUrl: '../auth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class Login {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formEl');

  /** Query parameter: where to go after signing in. */
  readonly returnUrl = input<string>();
  /** Query parameter set after a registration whose automatic sign-in failed. */
  readonly registered = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly feedback = new FormFeedback();

  protected submit(): void {
    if (!this.feedback.start(this.form, () => this.formElement().nativeElement)) {
      return;
    }
    const { email, password } = this.form.getRawValue();
    this.auth.login({ email: email.trim(), password }).subscribe({
      next: (user) => {
        const target = safeReturnUrl(this.returnUrl());
        void this.router.navigateByUrl(
          user.mustChangePassword
            ? this.router.createUrlTree([CHANGE_PASSWORD_PATH], {
                queryParams: target === '/' ? {} : { returnUrl: target },
              })
            : target,
        );
      },
      error: (error: unknown) => this.feedback.fail(error),
    });
  }
}
