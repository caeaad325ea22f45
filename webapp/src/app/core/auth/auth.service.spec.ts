import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { flushProblem, testSession, testUser } from '../../testing/auth-fixtures';
import { LanguageService } from '../i18n/language.service';
import { provideI18n } from '../i18n/provide-i18n';
import { authInterceptor } from './auth.interceptor';
import { AUTH_API, Session } from './auth.model';
import { AuthService, SESSION_HINT_KEY } from './auth.service';

describe('AuthService', () => {
  let auth: AuthService;
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideI18n(),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    TestBed.inject(LanguageService).use('en');
    auth = TestBed.inject(AuthService);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    localStorage.clear();
    sessionStorage.clear();
  });

  function signIn(session: Session = testSession()): void {
    auth.login({ email: session.user.email, password: 'secret-password' }).subscribe();
    backend.expectOne(AUTH_API.login).flush(session);
  }

  function storedValues(storage: Storage): string[] {
    return Array.from({ length: storage.length }, (_, i) => storage.getItem(storage.key(i)!) ?? '');
  }

  describe('login', () => {
    it('posts the credentials and keeps the session in memory only', () => {
      let user: unknown;
      auth
        .login({ email: 'laura@example.com', password: 'correct horse' })
        .subscribe((u) => (user = u));

      const req = backend.expectOne(AUTH_API.login);
      expect(req.request.method).toBe('POST');
      expect(req.request.body).toEqual({ email: 'laura@example.com', password: 'correct horse' });
      expect(req.request.headers.has('Authorization')).toBe(false);
      req.flush(testSession({ accessToken: 'secret-access-token' }, { role: 'EXPERT' }));

      expect(user).toEqual(testUser({ role: 'EXPERT' }));
      expect(auth.accessToken()).toBe('secret-access-token');
      expect(auth.isAuthenticated()).toBe(true);
      expect(auth.role()).toBe('EXPERT');
      expect(auth.user()?.email).toBe('laura@example.com');
      // Nowhere persistent: not in localStorage, sessionStorage or cookies.
      for (const value of [...storedValues(localStorage), ...storedValues(sessionStorage)]) {
        expect(value).not.toContain('secret-access-token');
      }
      expect(document.cookie).not.toContain('secret-access-token');
      // Only the non-secret "signed in before" marker is stored.
      expect(localStorage.getItem(SESSION_HINT_KEY)).toBe('1');
    });

    it("applies the user's language", () => {
      signIn(testSession({}, { language: 'es' }));
      expect(TestBed.inject(LanguageService).lang()).toBe('es');
      expect(document.documentElement.lang).toBe('es');
    });

    it('stays signed out when the credentials are rejected', () => {
      let failed = false;
      auth.login({ email: 'x@example.com', password: 'wrong password' }).subscribe({
        error: () => (failed = true),
      });
      flushProblem(backend.expectOne(AUTH_API.login), 401, { detail: 'Wrong e-mail or password.' });

      expect(failed).toBe(true);
      expect(auth.isAuthenticated()).toBe(false);
      expect(auth.accessToken()).toBeNull();
      expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
    });
  });

  describe('refresh', () => {
    it('is single-flight: concurrent callers share one request and one new token', () => {
      const tokens: string[] = [];
      auth.refresh().subscribe((s) => tokens.push(s.accessToken));
      auth.refresh().subscribe((s) => tokens.push(s.accessToken));
      auth.refresh().subscribe((s) => tokens.push(s.accessToken));

      const req = backend.expectOne(AUTH_API.refresh);
      expect(req.request.method).toBe('POST');
      expect(req.request.headers.has('Authorization')).toBe(false);
      req.flush(testSession({ accessToken: 'fresh' }));

      expect(tokens).toEqual(['fresh', 'fresh', 'fresh']);
      expect(auth.accessToken()).toBe('fresh');
    });

    it('sends a new request once the previous one has finished', () => {
      auth.refresh().subscribe();
      backend.expectOne(AUTH_API.refresh).flush(testSession({ accessToken: 'a' }));
      auth.refresh().subscribe();
      backend.expectOne(AUTH_API.refresh).flush(testSession({ accessToken: 'b' }));
      expect(auth.accessToken()).toBe('b');
    });

    it('clears the session and the marker when the refresh cookie is rejected', () => {
      signIn();
      let failed = 0;
      auth.refresh().subscribe({ error: () => failed++ });
      auth.refresh().subscribe({ error: () => failed++ });
      flushProblem(backend.expectOne(AUTH_API.refresh), 401);

      expect(failed).toBe(2);
      expect(auth.isAuthenticated()).toBe(false);
      expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
    });
  });

  describe('restoreSession', () => {
    it('does nothing for a browser that never signed in (no request, no console noise)', async () => {
      await auth.restoreSession();
      backend.expectNone(AUTH_API.refresh);
      expect(auth.isAuthenticated()).toBe(false);
    });

    it('restores a previous session with one silent refresh', async () => {
      localStorage.setItem(SESSION_HINT_KEY, '1');
      const restored = auth.restoreSession();
      backend.expectOne(AUTH_API.refresh).flush(testSession({ accessToken: 'restored' }));
      await restored;

      expect(auth.isAuthenticated()).toBe(true);
      expect(auth.accessToken()).toBe('restored');
    });

    it('treats a 401 as simply signed out', async () => {
      localStorage.setItem(SESSION_HINT_KEY, '1');
      const restored = auth.restoreSession();
      flushProblem(backend.expectOne(AUTH_API.refresh), 401, { detail: 'No session' });

      await expect(restored).resolves.toBeUndefined();
      expect(auth.isAuthenticated()).toBe(false);
      expect(auth.user()).toBeNull();
      expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
      await expect(auth.whenRestored()).resolves.toBeUndefined();
    });

    it('resolves (signed out) when the API is down, keeping the marker for next time', async () => {
      localStorage.setItem(SESSION_HINT_KEY, '1');
      const restored = auth.restoreSession();
      backend.expectOne(AUTH_API.refresh).error(new ProgressEvent('error'), { status: 0 });

      await expect(restored).resolves.toBeUndefined();
      expect(auth.isAuthenticated()).toBe(false);
      expect(localStorage.getItem(SESSION_HINT_KEY)).toBe('1');
    });
  });

  describe('logout', () => {
    it('revokes the cookie on the server and forgets the session', () => {
      signIn(testSession({ accessToken: 'tok' }));
      let done = false;
      auth.logout().subscribe({ complete: () => (done = true) });

      const req = backend.expectOne(AUTH_API.logout);
      expect(req.request.method).toBe('POST');
      expect(req.request.headers.get('Authorization')).toBe('Bearer tok');
      req.flush(null, { status: 204, statusText: 'No Content' });

      expect(done).toBe(true);
      expect(auth.isAuthenticated()).toBe(false);
      expect(auth.accessToken()).toBeNull();
      expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
    });

    it('forgets the session locally even when the server call fails', () => {
      signIn();
      auth.logout().subscribe({ error: () => undefined });
      backend.expectOne(AUTH_API.logout).error(new ProgressEvent('error'), { status: 0 });
      expect(auth.isAuthenticated()).toBe(false);
    });
  });

  describe('language preference', () => {
    it('saves a language switched while signed in, in the background', () => {
      signIn(testSession({}, { language: 'en' }));
      auth.saveLanguage('es');

      const req = backend.expectOne(AUTH_API.me);
      expect(req.request.method).toBe('PATCH');
      expect(req.request.body).toEqual({ language: 'es' });
      req.flush(testUser({ language: 'es' }));
      expect(auth.user()?.language).toBe('es');

      auth.saveLanguage('es');
      backend.expectNone(AUTH_API.me);
    });

    it('does not call the API when signed out', () => {
      auth.saveLanguage('es');
      backend.expectNone(AUTH_API.me);
    });

    it('keeps a language picked while the user was loading, not the older one loaded', () => {
      const language = TestBed.inject(LanguageService);
      signIn(testSession({}, { language: 'en' }));
      let loaded: string | undefined;
      auth.loadMe().subscribe((user) => (loaded = user.language));

      language.use('es');
      auth.saveLanguage('es');
      const requests = backend.match(AUTH_API.me);
      requests.find((r) => r.request.method === 'GET')!.flush(testUser({ language: 'en' }));

      expect(language.lang()).toBe('es');
      expect(loaded).toBe('es');
      expect(auth.user()?.language).toBe('es');
      requests.find((r) => r.request.method === 'PATCH')!.flush(testUser({ language: 'es' }));
    });

    it('applies the language of the loaded user when none was picked meanwhile', () => {
      signIn(testSession({}, { language: 'en' }));
      auth.loadMe().subscribe();
      backend.expectOne(AUTH_API.me).flush(testUser({ language: 'es' }));
      expect(TestBed.inject(LanguageService).lang()).toBe('es');
    });
  });

  it('changePassword starts the fresh session returned by the server', () => {
    signIn(testSession({ accessToken: 'old' }, { mustChangePassword: true }));
    expect(auth.mustChangePassword()).toBe(true);

    auth
      .changePassword({ currentPassword: 'old password!', newPassword: 'new password!' })
      .subscribe();
    const req = backend.expectOne(AUTH_API.password);
    expect(req.request.body).toEqual({
      currentPassword: 'old password!',
      newPassword: 'new password!',
    });
    req.flush(testSession({ accessToken: 'new' }, { mustChangePassword: false }));

    expect(auth.accessToken()).toBe('new');
    expect(auth.mustChangePassword()).toBe(false);
  });
});
