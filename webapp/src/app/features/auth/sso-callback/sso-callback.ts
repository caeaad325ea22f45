import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { afterSignInUrl } from '../../../core/auth/after-sign-in';
import { AuthService } from '../../../core/auth/auth.service';
import { safeReturnUrl } from '../../../core/auth/return-url';
import { UserMessage, toUserMessage } from '../../../core/http/problem';
import { Icon } from '../../../shared/ui/icon/icon';
import { StateBox } from '../../../shared/ui/state-box/state-box';

/**
 * `/login/sso?returnTo=<path>`: where the server sends the browser after a successful single
 * sign-on. The refresh cookie is set by then, so one refresh gets the access token and the
 * user; then on to `returnTo` (an in-app path, else home; the change-password page first when
 * required). "Signing you in…" meanwhile; if the refresh fails, why, with a retry and the way back
 * to the sign-in page.
 */
@Component({
  selector: 'app-sso-callback',
  imports: [TranslatePipe, RouterLink, Icon, StateBox],
  template: `
    <section
      class="container narrow-page"
      data-testid="sso-callback"
      aria-labelledby="sso-callback-title"
      [attr.data-state]="error() ? 'error' : 'loading'"
    >
      @if (error(); as e) {
        <h1 id="sso-callback-title">{{ 'auth.ssoCallback.errorTitle' | translate }}</h1>
        <div class="alert alert--danger" role="alert" data-testid="sso-callback-error">
          <app-icon name="alert" />
          <div class="alert__body">
            <p>{{ e.text ?? (e.key | translate) }}</p>
            <div class="form__actions">
              <a
                class="btn btn--primary btn--sm"
                data-testid="sso-callback-login"
                routerLink="/login"
                [queryParams]="loginParams()"
                >{{ 'auth.ssoCallback.back' | translate }}</a
              >
              <button
                type="button"
                class="btn btn--secondary btn--sm"
                data-testid="sso-callback-retry"
                (click)="finish()"
              >
                <app-icon name="refresh" />{{ 'auth.ssoCallback.retry' | translate }}
              </button>
            </div>
          </div>
        </div>
      } @else {
        <h1 id="sso-callback-title">{{ 'auth.ssoCallback.title' | translate }}</h1>
        <app-state-box testId="sso-callback-loading" [live]="true">
          <span class="spinner" aria-hidden="true"></span>
          <p>{{ 'auth.ssoCallback.wait' | translate }}</p>
        </app-state-box>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class SsoCallback {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private destroyed = false;

  /** Query parameter: the in-app path the user wanted. */
  readonly returnTo = input<string>();

  protected readonly error = signal<UserMessage | null>(null);
  /** The sign-in page keeps where the user wanted to go. */
  protected readonly loginParams = computed(() => {
    const returnUrl = safeReturnUrl(this.returnTo(), '');
    return returnUrl ? { returnUrl } : {};
  });

  constructor() {
    this.destroyRef.onDestroy(() => (this.destroyed = true));
    void this.finish();
  }

  /** Gets the session from the refresh cookie (unless the start-up restore already did). */
  protected async finish(): Promise<void> {
    this.error.set(null);
    await this.auth.whenRestored();
    if (this.destroyed) {
      return;
    }
    const user = this.auth.user();
    if (this.auth.isAuthenticated() && user) {
      this.go(user);
      return;
    }
    this.auth.refresh().subscribe({
      next: (session) => this.go(session.user),
      error: (error: unknown) => this.error.set(toUserMessage(error)),
    });
  }

  private go(user: { mustChangePassword: boolean }): void {
    if (this.destroyed) {
      return;
    }
    void this.router.navigateByUrl(afterSignInUrl(this.router, user, this.returnTo()), {
      replaceUrl: true,
    });
  }
}
