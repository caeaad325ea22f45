import { inject } from '@angular/core';
import { CanActivateFn, RedirectCommand, Router } from '@angular/router';

import { Role } from './auth.model';
import { AuthService } from './auth.service';
import { loginUrl } from './return-url';

/** Where users who must change their password are held until they do. */
export const CHANGE_PASSWORD_PATH = '/profile/password';

/** Page shown (without changing the address bar) when the role does not fit. */
export const FORBIDDEN_PATH = '/forbidden';

/**
 * Signed-in users only: others go to `/login?returnUrl=<target>`. A user who must change their
 * password is sent to {@link CHANGE_PASSWORD_PATH} (keeping the target as returnUrl).
 */
export const authGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  await auth.whenRestored();
  if (!auth.isAuthenticated()) {
    return loginUrl(router, state.url);
  }
  if (auth.mustChangePassword() && !isChangePasswordUrl(state.url)) {
    return router.createUrlTree([CHANGE_PASSWORD_PATH], { queryParams: { returnUrl: state.url } });
  }
  return true;
};

/**
 * Only for users with one of `roles`. Signed-out users go to the login page; others see the
 * forbidden page while the address bar keeps the requested URL.
 */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return async (_route, state) => {
    const auth = inject(AuthService);
    const router = inject(Router);
    await auth.whenRestored();
    if (!auth.isAuthenticated()) {
      return loginUrl(router, state.url);
    }
    if (auth.hasRole(...roles)) {
      return true;
    }
    return new RedirectCommand(router.parseUrl(FORBIDDEN_PATH), { browserUrl: state.url });
  };
}

/** Login and registration are for signed-out visitors: signed-in users go home. */
export const guestGuard: CanActivateFn = async () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  await auth.whenRestored();
  return auth.isAuthenticated() ? router.createUrlTree(['/']) : true;
};

function isChangePasswordUrl(url: string): boolean {
  return url === CHANGE_PASSWORD_PATH || /^\/profile\/password[?#]/.test(url);
}
