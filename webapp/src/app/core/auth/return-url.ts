import { Router } from '@angular/router';

/**
 * A `returnUrl` query parameter made safe to navigate to: only app-internal paths
 * ("/…", not "//host" or "/\host") are accepted; anything else becomes `fallback`.
 */
export function safeReturnUrl(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || /^\/[/\\]/.test(value)) {
    return fallback;
  }
  // Never send the user back to the sign-in pages themselves.
  return /^\/(login|register)(?:[/?#]|$)/.test(value) ? fallback : value;
}

/** The URL being navigated to, or the current one. */
export function currentUrl(router: Router): string {
  const navigation = router.currentNavigation();
  return navigation ? router.serializeUrl(navigation.extractedUrl) : router.url;
}

/** URL tree of the login page that returns to `returnUrl` afterwards. */
export function loginUrl(router: Router, returnUrl: string) {
  const target = safeReturnUrl(returnUrl, '');
  return router.createUrlTree(['/login'], target ? { queryParams: { returnUrl: target } } : {});
}
