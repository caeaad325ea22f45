import { HttpTestingController } from '@angular/common/http/testing';
import { Location } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { AUTH_API } from '../../../core/auth/auth.model';
import { AuthService, SESSION_HINT_KEY } from '../../../core/auth/auth.service';
import { Elsewhere, endAppTest, setUpAppTest, testIdQueries } from '../../../testing/app-test-bed';
import { flushProblem, testSession } from '../../../testing/auth-fixtures';
import SsoCallback from './sso-callback';

describe('Single sign-on return page (/login/sso)', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let router: Router;
  let auth: AuthService;

  beforeEach(async () => {
    backend = setUpAppTest({
      routes: [
        { path: 'login/sso', component: SsoCallback },
        { path: '**', component: Elsewhere },
      ],
      lang: 'en',
    });
    router = TestBed.inject(Router);
    auth = TestBed.inject(AuthService);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text } = testIdQueries(el);
  const stable = () => harness.fixture.whenStable();

  async function open(url: string): Promise<void> {
    await harness.navigateByUrl(url);
    await stable();
  }

  it('says "Signing you in…", refreshes with the cookie and goes to returnTo', async () => {
    await open('/login/sso?returnTo=%2Fwallet%3Fpage%3D2');
    expect(el().querySelector('h1')?.textContent?.trim()).toBe('Signing you in…');
    expect(q('sso-callback-loading')?.getAttribute('role')).toBe('status');

    const req = backend.expectOne(AUTH_API.refresh);
    expect(req.request.method).toBe('POST');
    req.flush(testSession({ accessToken: 'from-sso' }));
    await stable();

    expect(auth.accessToken()).toBe('from-sso');
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBe('1');
    expect(router.url).toBe('/wallet?page=2');
    // The return page is replaced in the history: Back does not sign in again.
    expect(TestBed.inject(Location).path()).toBe('/wallet?page=2');
  });

  it('goes home when returnTo is missing or not an app path', async () => {
    await open('/login/sso?returnTo=https:%2F%2Fevil.example.com');
    backend.expectOne(AUTH_API.refresh).flush(testSession());
    await stable();
    expect(router.url).toBe('/');
  });

  it('asks for a new password first when the account must change it', async () => {
    await open('/login/sso?returnTo=%2Fsessions');
    backend.expectOne(AUTH_API.refresh).flush(testSession({}, { mustChangePassword: true }));
    await stable();
    expect(router.url).toBe('/profile/password?returnUrl=%2Fsessions');
  });

  it('shows why it failed, with a retry and the way back to sign in', async () => {
    await open('/login/sso?returnTo=%2Fexperts');
    flushProblem(backend.expectOne(AUTH_API.refresh), 401, {
      detail: 'Your session has expired.',
    });
    await stable();

    expect(auth.isAuthenticated()).toBe(false);
    expect(el().querySelector('h1')?.textContent?.trim()).toBe(
      'We could not finish signing you in',
    );
    const alert = q('sso-callback-error')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(text('sso-callback-error')).toContain('Your session has expired.');
    const back = q<HTMLAnchorElement>('sso-callback-login')!;
    expect(back.textContent?.trim()).toBe('Back to sign in');
    expect(back.getAttribute('href')).toBe('/login?returnUrl=%2Fexperts');

    q<HTMLButtonElement>('sso-callback-retry')!.click();
    await stable();
    expect(q('sso-callback-loading')).not.toBeNull();
    backend.expectOne(AUTH_API.refresh).flush(testSession());
    await stable();
    expect(router.url).toBe('/experts');
  });

  it('does not refresh again when the start-up restore already signed the user in', async () => {
    localStorage.setItem(SESSION_HINT_KEY, '1');
    void auth.restoreSession();
    const navigation = harness.navigateByUrl('/login/sso?returnTo=%2Fsessions');
    backend.expectOne(AUTH_API.refresh).flush(testSession());
    await navigation;
    await stable();
    backend.expectNone(AUTH_API.refresh);
    expect(router.url).toBe('/sessions');
  });
});
