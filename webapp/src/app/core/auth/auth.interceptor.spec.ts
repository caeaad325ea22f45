import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { Elsewhere, setUpAppTest } from '../../testing/app-test-bed';
import { flushProblem, testSession } from '../../testing/auth-fixtures';
import { API_INFO_URL, ApiInfoService } from '../api/api-info.service';
import { withoutAuth } from './auth-http-context';
import { AUTH_API } from './auth.model';
import { AuthService } from './auth.service';

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let auth: AuthService;
  let router: Router;

  beforeEach(() => {
    backend = setUpAppTest({ routes: [{ path: '**', component: Elsewhere }] });
    http = TestBed.inject(HttpClient);
    auth = TestBed.inject(AuthService);
    router = TestBed.inject(Router);
  });

  afterEach(() => {
    backend.verify();
    vi.restoreAllMocks();
    localStorage.clear();
  });

  function signIn(token = 'access-1', expiresIn = 900): void {
    auth.login({ email: 'laura@example.com', password: 'secret-password' }).subscribe();
    backend.expectOne(AUTH_API.login).flush(testSession({ accessToken: token, expiresIn }));
  }

  function authorizationOf(url: string): string | null {
    http.get(url).subscribe();
    const req = backend.expectOne(url);
    req.flush({});
    return req.request.headers.get('Authorization');
  }

  describe('Authorization header', () => {
    it('is added to same-origin /api requests when signed in', () => {
      signIn('abc');
      expect(authorizationOf('/api/me')).toBe('Bearer abc');
      expect(authorizationOf('/api/admin/users?page=1')).toBe('Bearer abc');
      expect(authorizationOf(`${location.origin}/api/me`)).toBe('Bearer abc');
      expect(authorizationOf('/api/auth/logout')).toBe('Bearer abc');
    });

    it('is never added to login, register and refresh', () => {
      signIn('abc');
      for (const url of [AUTH_API.login, AUTH_API.register, AUTH_API.refresh]) {
        http.post(url, {}).subscribe();
        const req = backend.expectOne(url);
        expect(req.request.headers.has('Authorization'), url).toBe(false);
        req.flush({});
      }
    });

    it('is never sent outside /api or to other origins', () => {
      signIn('abc');
      expect(authorizationOf('/assets/logo.svg')).toBeNull();
      expect(authorizationOf('/apiary/x')).toBeNull();
      expect(authorizationOf('https://evil.example.com/api/me')).toBeNull();
    });

    it('is not added when signed out or for requests marked withoutAuth()', () => {
      expect(authorizationOf('/api/me')).toBeNull();
      signIn('abc');
      http.post('/api/client-errors', {}, { context: withoutAuth() }).subscribe();
      const req = backend.expectOne('/api/client-errors');
      expect(req.request.headers.has('Authorization')).toBe(false);
      req.flush({});
    });
  });

  it('leaves the public /api/info request alone even when signed in', () => {
    signIn('abc');
    TestBed.inject(ApiInfoService).load();
    const req = backend.expectOne(API_INFO_URL);
    expect(req.request.headers.has('Authorization')).toBe(false);
    flushProblem(req, 401);
    backend.expectNone(AUTH_API.refresh);
  });

  describe('on 401', () => {
    it('refreshes once and retries the request once with the new token', () => {
      signIn('old');
      let body: unknown;
      http.get('/api/me').subscribe((b) => (body = b));

      const first = backend.expectOne('/api/me');
      expect(first.request.headers.get('Authorization')).toBe('Bearer old');
      flushProblem(first, 401);

      backend.expectOne(AUTH_API.refresh).flush(testSession({ accessToken: 'new' }));

      const retry = backend.expectOne('/api/me');
      expect(retry.request.headers.get('Authorization')).toBe('Bearer new');
      retry.flush({ ok: true });

      expect(body).toEqual({ ok: true });
      expect(auth.accessToken()).toBe('new');
    });

    it('shares one refresh between concurrent failing requests', () => {
      signIn('old');
      const results: unknown[] = [];
      http.get('/api/a').subscribe((b) => results.push(b));
      http.get('/api/b').subscribe((b) => results.push(b));

      flushProblem(backend.expectOne('/api/a'), 401);
      flushProblem(backend.expectOne('/api/b'), 401);
      backend.expectOne(AUTH_API.refresh).flush(testSession({ accessToken: 'new' }));

      const a = backend.expectOne('/api/a');
      const b = backend.expectOne('/api/b');
      expect(a.request.headers.get('Authorization')).toBe('Bearer new');
      expect(b.request.headers.get('Authorization')).toBe('Bearer new');
      a.flush('A');
      b.flush('B');
      expect(results).toEqual(['A', 'B']);
    });

    it('does not loop: a second 401 after the retry is passed on without another refresh', () => {
      signIn('old');
      let error: HttpErrorResponse | undefined;
      http.get('/api/me').subscribe({ error: (e: HttpErrorResponse) => (error = e) });

      flushProblem(backend.expectOne('/api/me'), 401);
      backend.expectOne(AUTH_API.refresh).flush(testSession({ accessToken: 'new' }));
      flushProblem(backend.expectOne('/api/me'), 401, { detail: 'still no' });

      backend.expectNone(AUTH_API.refresh);
      backend.expectNone('/api/me');
      expect(error?.status).toBe(401);
    });

    it('when the refresh fails: clears the session and goes to /login with the current URL', async () => {
      await router.navigateByUrl('/profile?tab=security');
      signIn('old');
      const navigate = vi.spyOn(router, 'navigateByUrl');
      let error: HttpErrorResponse | undefined;
      http.get('/api/me').subscribe({ error: (e: HttpErrorResponse) => (error = e) });

      flushProblem(backend.expectOne('/api/me'), 401);
      flushProblem(backend.expectOne(AUTH_API.refresh), 401);

      expect(error?.status).toBe(401);
      expect(auth.isAuthenticated()).toBe(false);
      expect(navigate).toHaveBeenCalledTimes(1);
      const target = navigate.mock.calls[0][0];
      expect(router.serializeUrl(target as never)).toBe(
        '/login?returnUrl=%2Fprofile%3Ftab%3Dsecurity',
      );
      await navigate.mock.results[0].value;
      expect(router.url).toBe('/login?returnUrl=%2Fprofile%3Ftab%3Dsecurity');
      backend.expectNone('/api/me');
    });

    it('does not refresh for 401s from login itself (wrong password)', () => {
      let status = 0;
      http
        .post(AUTH_API.login, {})
        .subscribe({ error: (e: HttpErrorResponse) => (status = e.status) });
      flushProblem(backend.expectOne(AUTH_API.login), 401);
      backend.expectNone(AUTH_API.refresh);
      expect(status).toBe(401);
    });

    it('passes other errors through untouched', () => {
      signIn();
      let status = 0;
      http.get('/api/me').subscribe({ error: (e: HttpErrorResponse) => (status = e.status) });
      flushProblem(backend.expectOne('/api/me'), 403);
      backend.expectNone(AUTH_API.refresh);
      expect(status).toBe(403);
    });
  });

  it('refreshes first when the access token is known to have expired', () => {
    const start = Date.now();
    const now = vi.spyOn(Date, 'now').mockReturnValue(start);
    signIn('old', 60);
    now.mockReturnValue(start + 61_000);

    let body: unknown;
    http.get('/api/me').subscribe((b) => (body = b));
    backend.expectNone('/api/me');
    backend.expectOne(AUTH_API.refresh).flush(testSession({ accessToken: 'new' }));
    const req = backend.expectOne('/api/me');
    expect(req.request.headers.get('Authorization')).toBe('Bearer new');
    req.flush('ok');
    expect(body).toBe('ok');
  });
});
