import { DOCUMENT, InjectionToken, inject } from '@angular/core';
import { Router } from '@angular/router';

/** Leaves the app for another site (a provider's page): a full page load. Replaced in tests. */
export const EXTERNAL_NAVIGATION = new InjectionToken<(url: string) => void>(
  'EXTERNAL_NAVIGATION',
  {
    providedIn: 'root',
    factory: () => {
      const document = inject(DOCUMENT);
      return (url: string) => document.location.assign(url);
    },
  },
);

/**
 * Follows an absolute URL the server handed over (a top-up's `redirectUrl`, an onboarding link):
 * one of this app's own pages (the DEMO payment page) through the router, any other site with a
 * full page load. Call in an injection context; the function it returns may be called later.
 */
export function injectRedirect(): (url: string) => void {
  const router = inject(Router);
  const document = inject(DOCUMENT);
  const leave = inject(EXTERNAL_NAVIGATION);
  return (url: string) => {
    let target: URL;
    try {
      target = new URL(url, document.baseURI);
    } catch {
      leave(url);
      return;
    }
    if (target.origin === document.location.origin) {
      void router.navigateByUrl(target.pathname + target.search + target.hash);
    } else {
      leave(target.href);
    }
  };
}
