import { Router, UrlTree } from '@angular/router';

import { CHANGE_PASSWORD_PATH } from './auth.guards';
import { User } from './auth.model';
import { safeReturnUrl } from './return-url';

/**
 * Where a user who just signed in goes: `returnUrl` when it is an in-app path (else home), or
 * first the change-password page (keeping that target) when they must change their password.
 */
export function afterSignInUrl(
  router: Router,
  user: Pick<User, 'mustChangePassword'>,
  returnUrl: unknown,
): UrlTree {
  const target = safeReturnUrl(returnUrl);
  return user.mustChangePassword
    ? router.createUrlTree([CHANGE_PASSWORD_PATH], {
        queryParams: target === '/' ? {} : { returnUrl: target },
      })
    : router.parseUrl(target);
}
