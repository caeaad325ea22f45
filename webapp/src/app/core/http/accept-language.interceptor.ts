import { DOCUMENT, inject } from '@angular/core';
import { HttpInterceptorFn } from '@angular/common/http';

import { LanguageService } from '../i18n/language.service';

/**
 * Adds `Accept-Language: <current UI language>` to requests for this server's
 * `/api` so that problem details and other texts come back localized.
 * Other requests (assets, third-party URLs) are left untouched, and an
 * explicitly set Accept-Language header is kept.
 */
export const acceptLanguageInterceptor: HttpInterceptorFn = (req, next) => {
  if (req.headers.has('Accept-Language') || !isApiUrl(req.url, inject(DOCUMENT).baseURI)) {
    return next(req);
  }
  const lang = inject(LanguageService).lang();
  return next(req.clone({ setHeaders: { 'Accept-Language': lang } }));
};

/** True for `/api` and `/api/...` on this origin (relative or absolute URL). */
export function isApiUrl(url: string, base: string): boolean {
  let target: URL;
  let origin: string;
  try {
    origin = new URL(base).origin;
    target = new URL(url, base);
  } catch {
    return false;
  }
  return (
    target.origin === origin && (target.pathname === '/api' || target.pathname.startsWith('/api/'))
  );
}
