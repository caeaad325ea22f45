import { HttpContext, HttpContextToken } from '@angular/common/http';

/**
 * Marks a request that must travel without the access token and must never trigger a token
 * refresh or a redirect to the login page (e.g. the client error report).
 */
export const SKIP_AUTH = new HttpContextToken<boolean>(() => false);

/** Context for requests that bypass {@link SKIP_AUTH authentication handling}. */
export function withoutAuth(context = new HttpContext()): HttpContext {
  return context.set(SKIP_AUTH, true);
}
