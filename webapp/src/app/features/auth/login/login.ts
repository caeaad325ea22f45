import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { CHANGE_PASSWORD_PATH } from '../../../core/auth/auth.guards';
import { AuthService } from '../../../core/auth/auth.service';
import { safeReturnUrl } from '../../../core/auth/return-url';
import { FormFeedback } from '../../../shared/forms/form-feedback';
import { Icon } from '../../../shared/ui/icon/icon';
import { AuthPage } from '../auth-page';
import { CredentialsFields } from '../credentials-fields';

/** `/login`: e-mail + password; then back to `returnUrl` (or home). */
@Component({
  selector: 'app-login',
  imports: [TranslatePipe, Icon, AuthPage, CredentialsFields],
  templateUrl: './login.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class Login {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** Query parameter: where to go after signing in. */
  readonly returnUrl = input<string>();
  /** Query parameter set after a registration whose automatic sign-in failed. */
  readonly registered = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly feedback = new FormFeedback();

  /** Sends the credentials (the auth page has checked them). */
  protected submit(): void {
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
