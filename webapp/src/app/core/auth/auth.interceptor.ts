import { HttpErrorResponse, HttpEvent, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { DOCUMENT, inject } from '@angular/core';
import { Router } from '@angular/router';
import { Observable, catchError, switchMap, throwError } from 'rxjs';

import { isApiUrl } from '../http/accept-language.interceptor';
import { SKIP_AUTH } from './auth-http-context';
import { AUTH_API } from './auth.model';
import { AuthService } from './auth.service';
import { currentUrl, loginUrl } from './return-url';

/** Auth endpoints that never carry the access token (they are how one gets it). */
const PUBLIC_AUTH_PATHS: readonly string[] = [AUTH_API.login, AUTH_API.register, AUTH_API.refresh];

/**
 * For this server's `/api` (except login/register/refresh):
 * - adds `Authorization: Bearer <access token>` when signed in (refreshing first when the token
 *   is known to be expired);
 * - on a 401, refreshes the token once (shared with concurrent requests) and retries the request
 *   once; if the refresh fails, clears the session and sends the user to
 *   `/login?returnUrl=<current url>`. The retried request's own 401 is passed on: no loops.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  const base = inject(DOCUMENT).baseURI;
  if (!isApiUrl(req.url, base) || req.context.get(SKIP_AUTH)) {
    return next(req);
  }
  const path = new URL(req.url, base).pathname;
  if (PUBLIC_AUTH_PATHS.includes(path)) {
    return next(req);
  }
  const auth = inject(AuthService);
  const router = inject(Router);

  const send = (token: string | null) => next(withToken(req, token));

  // A 401 on logout just means "already signed out": nothing to refresh.
  if (path === AUTH_API.logout) {
    return send(auth.accessToken());
  }

  /** Refreshes once; on failure clears the session, goes to the login page and fails with `error`. */
  const refreshThenSend = (error?: unknown): Observable<HttpEvent<unknown>> =>
    auth.refresh().pipe(
      catchError((refreshError: unknown) => {
        auth.clearSession();
        const url = currentUrl(router);
        if (!/^\/login(?:[/?#]|$)/.test(url)) {
          void router.navigateByUrl(loginUrl(router, url));
        }
        return throwError(() => error ?? refreshError);
      }),
      switchMap((session) => send(session.accessToken)),
    );

  // Known-expired token: refresh before sending; the request is not retried again after that.
  if (auth.tokenExpired()) {
    return refreshThenSend();
  }
  return send(auth.accessToken()).pipe(
    catchError((error: unknown) =>
      error instanceof HttpErrorResponse && error.status === 401
        ? refreshThenSend(error)
        : throwError(() => error),
    ),
  );
};

function withToken(req: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> {
  return token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req;
}
