import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { afterSignInUrl } from '../../../core/auth/after-sign-in';
import { AuthOptionsService } from '../../../core/auth/auth-options.service';
import { AuthService } from '../../../core/auth/auth.service';
import { safeReturnUrl } from '../../../core/auth/return-url';
import { ssoErrorCode } from '../../../core/auth/sso';
import { FormFeedback } from '../../../shared/forms/form-feedback';
import { Icon } from '../../../shared/ui/icon/icon';
import { AuthOptionsStatus } from '../auth-options-status';
import { AuthPage } from '../auth-page';
import { CredentialsFields } from '../credentials-fields';
import { SsoButton } from '../sso-button';

/**
 * `/login`: "Sign in with {{label}}" when the desk has single sign-on, and e-mail + password
 * (with "Forgot your password?") unless the desk turned that off; then back to `returnUrl` (or
 * home). After a failed single sign-on the server comes back with `?ssoError=<code>`, said here.
 * The link to sign-up shows only when the desk allows self-service sign-up.
 */
@Component({
  selector: 'app-login',
  imports: [
    TranslatePipe,
    RouterLink,
    Icon,
    AuthPage,
    CredentialsFields,
    AuthOptionsStatus,
    SsoButton,
  ],
  templateUrl: './login.html',
  styleUrl: '../auth-alt.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class Login {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly options = inject(AuthOptionsService);

  /** Query parameter: where to go after signing in. */
  readonly returnUrl = input<string>();
  /** Query parameter set after a registration whose automatic sign-in failed. */
  readonly registered = input<string>();
  /** Query parameter set by the server after a failed single sign-on. */
  readonly ssoError = input<string>();

  protected readonly target = computed(() => safeReturnUrl(this.returnUrl()));
  protected readonly ssoErrorCode = computed(() => ssoErrorCode(this.ssoError()));
  /** The options are known, or could not be read (then the form stays, as before). */
  private readonly settled = computed(() => {
    const status = this.options.state().status;
    return status === 'success' || status === 'error';
  });
  protected readonly formShown = computed(() => this.settled() && this.options.localLogin());
  protected readonly switchShown = computed(() => this.settled() && this.options.localSignup());
  /** Neither single sign-on nor passwords: nobody can sign in here. */
  protected readonly noMethod = computed(
    () => this.options.state().status === 'success' && !this.options.localLogin(),
  );

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly feedback = new FormFeedback();

  /** Sends the credentials (the auth page has checked them). */
  protected submit(): void {
    const { email, password } = this.form.getRawValue();
    this.auth.login({ email: email.trim(), password }).subscribe({
      next: (user) =>
        void this.router.navigateByUrl(afterSignInUrl(this.router, user, this.returnUrl())),
      error: (error: unknown) => this.feedback.fail(error),
    });
  }
}
