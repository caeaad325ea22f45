import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import {
  Observable,
  finalize,
  firstValueFrom,
  map,
  shareReplay,
  tap,
  throwError,
  catchError,
  timeout,
} from 'rxjs';

import { LanguageService } from '../i18n/language.service';
import { Lang, isLang } from '../i18n/languages';
import {
  AUTH_API,
  Credentials,
  PasswordChange,
  ProfilePatch,
  Registration,
  Role,
  Session,
  User,
} from './auth.model';

/**
 * localStorage key of a non-secret "this browser may hold a refresh cookie" marker. It is set
 * on sign-in and removed on sign-out, so visitors who never signed in do not cause a silent
 * refresh at start-up that is bound to fail (browsers log every failed request as a console
 * error). It never holds the token itself.
 */
export const SESSION_HINT_KEY = 'skillfast.session';

/** How long the silent refresh at start-up may take before it is abandoned. */
export const RESTORE_TIMEOUT_MS = 8000;

/** Seconds before the access token's expiry at which it is treated as expired. */
const EXPIRY_SKEW_MS = 5000;

/**
 * Owns the signed-in session. The access token lives in memory only (a signal); the refresh
 * token is an HttpOnly cookie the app never sees. Language preferences of the signed-in user
 * are applied to, and saved from, the {@link LanguageService}.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly language = inject(LanguageService);
  private readonly document = inject(DOCUMENT);

  private readonly token = signal<string | null>(null);
  private readonly expiresAt = signal(0);
  private readonly currentUser = signal<User | null>(null);
  private refreshInFlight?: Observable<Session>;
  private restoring: Promise<void> = Promise.resolve();

  /** The access token, for the auth interceptor only. */
  readonly accessToken = this.token.asReadonly();
  /** The signed-in user, or null. */
  readonly user = this.currentUser.asReadonly();
  readonly isAuthenticated = computed(() => this.token() !== null && this.currentUser() !== null);
  readonly role = computed<Role | null>(() => this.currentUser()?.role ?? null);
  readonly mustChangePassword = computed(() => this.currentUser()?.mustChangePassword === true);

  /** True when `roles` contains the signed-in user's role. */
  hasRole(...roles: Role[]): boolean {
    const role = this.role();
    return role !== null && roles.includes(role);
  }

  /** True when the token is known to be expired (or about to); the interceptor refreshes first. */
  tokenExpired(now: number = Date.now()): boolean {
    return this.token() !== null && this.expiresAt() - EXPIRY_SKEW_MS <= now;
  }

  login(credentials: Credentials): Observable<User> {
    return this.http
      .post<Session>(AUTH_API.login, credentials)
      .pipe(map((session) => this.startSession(session)));
  }

  /** Creates the account (does not sign in: call {@link login} next). */
  register(registration: Registration): Observable<User> {
    return this.http.post<User>(AUTH_API.register, registration);
  }

  /**
   * Gets a new access token with the refresh cookie. Single-flight: concurrent callers share one
   * request. On failure the session is cleared (and forgotten for good on 401/403).
   */
  refresh(): Observable<Session> {
    this.refreshInFlight ??= this.http.post<Session>(AUTH_API.refresh, null).pipe(
      tap((session) => this.startSession(session)),
      catchError((error: unknown) => {
        this.clearSession({ forget: isDefinitiveAuthFailure(error) });
        return throwError(() => error);
      }),
      finalize(() => (this.refreshInFlight = undefined)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshInFlight;
  }

  /**
   * Tries one silent refresh at start-up when this browser signed in before. Always resolves:
   * a 401 simply means signed out, and network failures or a hanging server give up after
   * {@link RESTORE_TIMEOUT_MS}.
   */
  restoreSession(): Promise<void> {
    if (this.token() !== null || !this.readHint()) {
      return this.restoring;
    }
    this.restoring = firstValueFrom(this.refresh().pipe(timeout(RESTORE_TIMEOUT_MS))).then(
      () => undefined,
      () => undefined,
    );
    return this.restoring;
  }

  /** Settles once the start-up session restore is over (immediately when none is running). */
  whenRestored(): Promise<void> {
    return this.restoring;
  }

  /** Revokes the refresh cookie on the server and forgets the session locally in any case. */
  logout(): Observable<void> {
    return this.http.post<void>(AUTH_API.logout, null).pipe(
      map(() => undefined),
      finalize(() => this.clearSession({ forget: true })),
    );
  }

  /** Forgets the in-memory session; with `forget`, also the "signed in before" marker. */
  clearSession(options: { forget?: boolean } = {}): void {
    this.token.set(null);
    this.expiresAt.set(0);
    this.currentUser.set(null);
    if (options.forget) {
      this.writeHint(false);
    }
  }

  /**
   * Fresh copy of the signed-in user. A language picked while it loads wins over the older one
   * it answers with (saveLanguage is storing the new one meanwhile).
   */
  loadMe(): Observable<User> {
    const asked = this.language.lang();
    return this.http.get<User>(AUTH_API.me).pipe(
      map((user) => {
        const shown = this.language.lang();
        return shown === asked ? user : { ...user, language: shown };
      }),
      tap((user) => this.setUser(user)),
    );
  }

  /** Saves display name and/or language; applies the language returned by the server. */
  updateProfile(patch: ProfilePatch): Observable<User> {
    return this.http.patch<User>(AUTH_API.me, patch).pipe(tap((user) => this.setUser(user)));
  }

  /** Changes the password; the server revokes other sessions and returns a fresh one for this. */
  changePassword(change: PasswordChange): Observable<User> {
    return this.http
      .post<Session>(AUTH_API.password, change)
      .pipe(map((session) => this.startSession(session)));
  }

  /**
   * Remembers a language picked in the UI for the signed-in user, in the background. Does
   * nothing when signed out or when the user already has that language.
   */
  saveLanguage(lang: Lang): void {
    const user = this.currentUser();
    if (!this.isAuthenticated() || !user || user.language === lang) {
      return;
    }
    this.http.patch<User>(AUTH_API.me, { language: lang }).subscribe({
      next: (updated) => {
        // Keep the UI language the user picked meanwhile; just record what the server has.
        if (this.currentUser()?.id === updated.id) {
          this.currentUser.set(updated);
        }
      },
      error: () => {
        // Best effort: the UI already shows the chosen language; the server keeps the old one.
      },
    });
  }

  private startSession(session: Session): User {
    this.token.set(session.accessToken);
    this.expiresAt.set(Date.now() + Math.max(0, session.expiresIn) * 1000);
    this.setUser(session.user);
    this.writeHint(true);
    return session.user;
  }

  private setUser(user: User): void {
    this.currentUser.set(user);
    if (isLang(user.language) && user.language !== this.language.lang()) {
      this.language.use(user.language);
    }
  }

  private readHint(): boolean {
    try {
      return this.document.defaultView?.localStorage.getItem(SESSION_HINT_KEY) === '1';
    } catch {
      return true; // storage disabled: we cannot know, so try the refresh
    }
  }

  private writeHint(signedIn: boolean): void {
    try {
      const storage = this.document.defaultView?.localStorage;
      if (signedIn) {
        storage?.setItem(SESSION_HINT_KEY, '1');
      } else {
        storage?.removeItem(SESSION_HINT_KEY);
      }
    } catch {
      // storage disabled
    }
  }
}

/** 401/403 from the refresh endpoint: the cookie is gone, expired, revoked or the user suspended. */
function isDefinitiveAuthFailure(error: unknown): boolean {
  return error instanceof HttpErrorResponse && (error.status === 401 || error.status === 403);
}
