import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Subscription } from 'rxjs';

import { UserMessage, toUserMessage } from '../http/problem';
import { EXTERNAL_NAVIGATION } from '../payments/redirect';
import { withoutAuth } from './auth-http-context';
import { AUTH_API, AuthOptions } from './auth.model';
import { ssoStartUrl } from './sso';

export type AuthOptionsState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'success'; readonly options: AuthOptions }
  | { readonly status: 'error'; readonly error: UserMessage };

/**
 * How people sign in and sign up on this desk (`GET /api/auth/sso`): single sign-on (and the
 * provider's name), e-mail/password sign-in and sign-up, whether e-mail is sent. Loaded once and
 * shared by the whole app as signals (the header, the sign-in pages, the forgot-password page).
 */
@Injectable({ providedIn: 'root' })
export class AuthOptionsService {
  private readonly http = inject(HttpClient);
  private readonly leave = inject(EXTERNAL_NAVIGATION);
  private readonly current = signal<AuthOptionsState>({ status: 'idle' });
  private request?: Subscription;

  readonly state = this.current.asReadonly();
  /** The options once loaded, else undefined. */
  readonly options = computed(() => {
    const s = this.current();
    return s.status === 'success' ? s.options : undefined;
  });
  /** Single sign-on is set up. */
  readonly ssoConfigured = computed(() => this.options()?.configured === true);
  /**
   * E-mail/password sign-in is offered: true unless the server said otherwise (while loading, or
   * when the options could not be read, the form stays: the server has the last word on submit).
   */
  readonly localLogin = computed(() => this.options()?.localLogin !== false);
  /** Self-service sign-up is offered (same default as {@link localLogin}). */
  readonly localSignup = computed(() => this.options()?.localSignup !== false);

  /** Loads unless already loaded or loading (retries after an error). */
  ensureLoaded(): void {
    const { status } = this.current();
    if (status === 'idle' || status === 'error') {
      this.load();
    }
  }

  /** (Re)loads now, cancelling a request still in flight. */
  load(): void {
    this.request?.unsubscribe();
    this.current.set({ status: 'loading' });
    // Public: sent without the access token, so no session state can get in its way.
    this.request = this.http.get<AuthOptions>(AUTH_API.sso, { context: withoutAuth() }).subscribe({
      next: (options) => this.current.set({ status: 'success', options }),
      error: (error: unknown) => this.current.set({ status: 'error', error: toUserMessage(error) }),
    });
  }

  /**
   * Starts single sign-on: a full page load of the server's start URL (never an XHR: the
   * provider's pages follow), coming back to `returnTo` (an in-app path; anything else is '/').
   */
  startSso(returnTo: string): void {
    this.leave(ssoStartUrl(returnTo, this.options()?.startUrl));
  }
}
