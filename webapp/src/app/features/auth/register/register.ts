import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { switchMap } from 'rxjs';

import {
  DISPLAY_NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  SelfServiceRole,
} from '../../../core/auth/auth.model';
import { AuthOptionsService } from '../../../core/auth/auth-options.service';
import { AuthService } from '../../../core/auth/auth.service';
import { safeReturnUrl } from '../../../core/auth/return-url';
import { FieldError } from '../../../shared/forms/field-error';
import { FormFeedback } from '../../../shared/forms/form-feedback';
import { FieldControl, FormField } from '../../../shared/forms/form-field';
import { notBlank } from '../../../shared/forms/form-messages';
import { Icon, IconName } from '../../../shared/ui/icon/icon';
import { AuthOptionsStatus } from '../auth-options-status';
import { AuthPage } from '../auth-page';
import { CredentialsFields } from '../credentials-fields';
import { SsoButton } from '../sso-button';

interface RoleChoice {
  value: SelfServiceRole;
  key: 'client' | 'expert';
  icon: IconName;
}

/**
 * `/register`: creates a CLIENT or EXPERT account, then signs in with the same credentials. On a
 * desk without self-service sign-up it says that accounts come from the company sign-in (with its
 * button when there is one) instead of the form.
 */
@Component({
  selector: 'app-register',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    Icon,
    FieldError,
    FormField,
    FieldControl,
    AuthPage,
    CredentialsFields,
    AuthOptionsStatus,
    SsoButton,
  ],
  templateUrl: './register.html',
  styleUrls: ['./register.scss', '../auth-alt.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class Register {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly options = inject(AuthOptionsService);

  /** Query parameter: where to go once signed in. */
  readonly returnUrl = input<string>();

  protected readonly target = computed(() => safeReturnUrl(this.returnUrl()));
  /** The form, once the options are known (or could not be read) and allow self-service sign-up. */
  protected readonly formShown = computed(() => {
    const status = this.options.state().status;
    return (status === 'success' || status === 'error') && this.options.localSignup();
  });
  /** The desk said no self-service sign-up. */
  protected readonly closed = computed(
    () => this.options.state().status === 'success' && !this.options.localSignup(),
  );

  protected readonly displayNameRule = {
    key: 'form.displayNameLength',
    params: { max: DISPLAY_NAME_MAX_LENGTH },
  };
  protected readonly roles: RoleChoice[] = [
    { value: 'CLIENT', key: 'client', icon: 'search' },
    { value: 'EXPERT', key: 'expert', icon: 'briefcase' },
  ];

  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: [
      '',
      [Validators.required, Validators.maxLength(DISPLAY_NAME_MAX_LENGTH), notBlank],
    ],
    email: ['', [Validators.required, Validators.email]],
    password: [
      '',
      [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(PASSWORD_MAX_LENGTH),
      ],
    ],
    role: ['CLIENT' as SelfServiceRole, Validators.required],
  });
  protected readonly feedback = new FormFeedback();

  /** Creates the account, then signs in (the auth page has checked the form). */
  protected submit(): void {
    const value = this.form.getRawValue();
    const email = value.email.trim();
    let registered = false;
    this.auth
      .register({ ...value, email, displayName: value.displayName.trim() })
      .pipe(
        switchMap(() => {
          registered = true;
          return this.auth.login({ email, password: value.password });
        }),
      )
      .subscribe({
        next: () => void this.router.navigateByUrl(safeReturnUrl(this.returnUrl())),
        error: (error: unknown) => {
          if (!registered) {
            this.feedback.fail(error);
            return;
          }
          // The account exists but the automatic sign-in failed: let the user sign in by hand.
          const returnUrl = safeReturnUrl(this.returnUrl(), '');
          void this.router.navigate(['/login'], {
            queryParams: { registered: '1', ...(returnUrl ? { returnUrl } : {}) },
          });
        },
      });
  }
}
