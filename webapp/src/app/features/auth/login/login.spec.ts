import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { AUTH_API } from '../../../core/auth/auth.model';
import { AuthService } from '../../../core/auth/auth.service';
import { LanguageService } from '../../../core/i18n/language.service';
import { EXTERNAL_NAVIGATION } from '../../../core/payments/redirect';
import {
  Elsewhere,
  endAppTest,
  flushAuthOptions,
  setUpAppTest,
  testIdQueries,
} from '../../../testing/app-test-bed';
import { flushProblem, testSession } from '../../../testing/auth-fixtures';
import { AuthOptions } from '../../../core/auth/auth.model';
import Login from './login';

describe('Login page', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let router: Router;
  let leave: ReturnType<typeof vi.fn>;

  beforeEach(async () => {
    leave = vi.fn();
    backend = setUpAppTest({
      routes: [
        { path: 'login', component: Login },
        { path: '**', component: Elsewhere },
      ],
      providers: [{ provide: EXTERNAL_NAVIGATION, useValue: leave }],
      lang: 'en',
    });
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text, type } = testIdQueries(el);

  /** Opens the page and answers the desk's sign-in options. */
  async function open(url = '/login', options: Partial<AuthOptions> = {}): Promise<void> {
    await harness.navigateByUrl(url);
    flushAuthOptions(backend, options);
    await harness.fixture.whenStable();
  }

  async function submit(
    email = 'laura@example.com',
    password = 'correct horse battery',
  ): Promise<void> {
    type('login-email', email);
    type('login-password', password);
    q<HTMLFormElement>('login-form')!.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
  }

  it('has labelled e-mail and password fields', async () => {
    await open('/login');
    const email = q<HTMLInputElement>('login-email')!;
    const password = q<HTMLInputElement>('login-password')!;
    expect(el().querySelector(`label[for="${email.id}"]`)?.textContent?.trim()).toBe('E-mail');
    expect(el().querySelector(`label[for="${password.id}"]`)?.textContent?.trim()).toBe('Password');
    expect(password.type).toBe('password');
    expect(email.autocomplete).toBe('username');
  });

  it('links to sign-up, keeping the returnUrl', async () => {
    await open('/login?returnUrl=%2Fwallet');
    const link = el().querySelector<HTMLAnchorElement>('.narrow-page__footer a')!;
    expect(link.textContent?.trim()).toBe('Create an account');
    expect(link.getAttribute('href')).toBe('/register?returnUrl=%2Fwallet');
    expect(q<HTMLInputElement>('login-password')!.autocomplete).toBe('current-password');
  });

  it('shows the 401 problem detail and re-enables the button', async () => {
    await open('/login');
    await submit();

    const req = backend.expectOne(AUTH_API.login);
    expect(req.request.body).toEqual({
      email: 'laura@example.com',
      password: 'correct horse battery',
    });
    expect(q<HTMLButtonElement>('login-submit')!.disabled).toBe(true);
    expect(text('login-submit')).toBe('Signing in…');

    flushProblem(req, 401, { detail: 'Wrong e-mail or password.' });
    await harness.fixture.whenStable();

    expect(text('login-error')).toBe('Wrong e-mail or password.');
    expect(q('login-error')!.getAttribute('role')).toBe('alert');
    expect(q<HTMLButtonElement>('login-submit')!.disabled).toBe(false);
    expect(TestBed.inject(AuthService).isAuthenticated()).toBe(false);
    expect(router.url).toBe('/login');
  });

  it('shows the wait time from Retry-After on 429', async () => {
    await open('/login');
    await submit();
    flushProblem(
      backend.expectOne(AUTH_API.login),
      429,
      { detail: 'Too many login attempts.' },
      { 'Retry-After': '42' },
    );
    await harness.fixture.whenStable();

    expect(text('login-error')).toBe('Too many attempts, try again in 42 s.');

    TestBed.inject(LanguageService).use('es');
    await harness.fixture.whenStable();
    expect(text('login-error')).toBe('Demasiados intentos, inténtalo de nuevo en 42 s.');
  });

  it('shows the suspended-account detail on 403', async () => {
    await open('/login');
    await submit();
    flushProblem(backend.expectOne(AUTH_API.login), 403, { detail: 'Your account is suspended.' });
    await harness.fixture.whenStable();
    expect(text('login-error')).toBe('Your account is suspended.');
  });

  it('validates on the client before sending anything', async () => {
    await open('/login');
    await submit('not-an-email', '');

    backend.expectNone(AUTH_API.login);
    expect(text('field-error-email')).toBe('Enter a valid e-mail address, like name@example.com.');
    expect(text('field-error-password')).toBe('This field is required.');
    expect(q('login-email')!.getAttribute('aria-invalid')).toBe('true');
    expect(q('login-email')!.getAttribute('aria-describedby')).toBe(q('field-error-email')!.id);
  });

  it('goes to the returnUrl after signing in', async () => {
    await open('/login?returnUrl=%2Fprofile%3Ftab%3D1');
    await submit();
    backend.expectOne(AUTH_API.login).flush(testSession());
    await harness.fixture.whenStable();

    expect(router.url).toBe('/profile?tab=1');
    expect(TestBed.inject(AuthService).isAuthenticated()).toBe(true);
  });

  it('ignores an external returnUrl and goes home', async () => {
    await open('/login?returnUrl=https:%2F%2Fevil.example.com');
    await submit();
    backend.expectOne(AUTH_API.login).flush(testSession());
    await harness.fixture.whenStable();
    expect(router.url).toBe('/');
  });

  it('sends users who must change their password to /profile/password', async () => {
    await open('/login?returnUrl=%2Fadmin%2Fusers');
    await submit();
    backend.expectOne(AUTH_API.login).flush(testSession({}, { mustChangePassword: true }));
    await harness.fixture.whenStable();
    expect(router.url).toBe('/profile/password?returnUrl=%2Fadmin%2Fusers');
  });
  it('links to "Forgot your password?" under the password', async () => {
    await open();
    const link = q<HTMLAnchorElement>('login-forgot-password')!;
    expect(link.textContent?.trim()).toBe('Forgot your password?');
    expect(link.getAttribute('href')).toBe('/forgot-password');
  });

  describe('sign-in options', () => {
    const ssoButton = () => q<HTMLButtonElement>('sso-start');

    it('waits for them, then shows the form (no single sign-on by default)', async () => {
      await harness.navigateByUrl('/login');
      expect(q('auth-options-loading')?.getAttribute('role')).toBe('status');
      expect(q('login-form')).toBeNull();
      flushAuthOptions(backend);
      await harness.fixture.whenStable();

      expect(q('auth-options-loading')).toBeNull();
      expect(q('login-form')).not.toBeNull();
      expect(ssoButton()).toBeNull();
      expect(el().querySelector('.auth-or')).toBeNull();
    });

    it('keeps the form when they cannot be read, with a retry', async () => {
      await harness.navigateByUrl('/login');
      flushProblem(backend.expectOne(AUTH_API.sso), 503, { detail: 'Starting up.' });
      await harness.fixture.whenStable();

      expect(text('auth-options-error')).toContain('Could not check the sign-in options');
      expect(text('auth-options-error')).toContain('Starting up.');
      expect(q('login-form')).not.toBeNull();

      q<HTMLButtonElement>('auth-options-retry')!.click();
      flushAuthOptions(backend, { configured: true, label: 'Acme ID' });
      await harness.fixture.whenStable();
      expect(q('auth-options-error')).toBeNull();
      expect(ssoButton()).not.toBeNull();
    });

    it('offers "Sign in with <label>" above the form when single sign-on is configured', async () => {
      await open('/login?returnUrl=%2Fwallet%3Fpage%3D2', { configured: true, label: 'Acme ID' });
      expect(ssoButton()!.textContent?.trim()).toBe('Sign in with Acme ID');
      expect(ssoButton()!.type).toBe('button');
      expect(el().querySelector('.auth-or')?.textContent?.trim()).toBe('or');
      expect(q('login-form')).not.toBeNull();
      // The button comes first.
      expect(
        ssoButton()!.compareDocumentPosition(q('login-form')!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();

      ssoButton()!.click();
      await harness.fixture.whenStable();
      expect(leave).toHaveBeenCalledWith('/api/auth/sso/start?returnTo=%2Fwallet%3Fpage%3D2');
      backend.expectNone(AUTH_API.ssoStart);
      expect(ssoButton()!.disabled).toBe(true);
      expect(text('sso-start')).toBe('Opening the company sign-in…');
    });

    it('comes back home when the returnUrl is not an app path, and speaks Spanish', async () => {
      await open('/login?returnUrl=https:%2F%2Fevil.example.com', {
        configured: true,
        label: 'Acme ID',
      });
      TestBed.inject(LanguageService).use('es');
      await harness.fixture.whenStable();
      expect(text('sso-start')).toBe('Entrar con Acme ID');
      ssoButton()!.click();
      expect(leave).toHaveBeenCalledWith('/api/auth/sso/start?returnTo=%2F');
    });

    it('names the company sign-in when the provider has no label', async () => {
      await open('/login', { configured: true, label: null });
      expect(text('sso-start')).toBe('Sign in with your company account');
    });

    it('shows only single sign-on when e-mail/password sign-in is off', async () => {
      await open('/login', { configured: true, label: 'Acme ID', localLogin: false });
      expect(ssoButton()).not.toBeNull();
      expect(q('login-form')).toBeNull();
      expect(q('login-email')).toBeNull();
      expect(q('login-forgot-password')).toBeNull();
      expect(el().querySelector('.auth-or')).toBeNull();
    });

    it('says nobody can sign in when neither way is offered', async () => {
      await open('/login', { configured: false, localLogin: false });
      expect(q('login-form')).toBeNull();
      expect(text('login-no-method')).toContain('Signing in is not available');
    });

    it('hides the link to sign-up on a desk without self-service sign-up', async () => {
      await open('/login', { localSignup: false });
      expect(q('login-form')).not.toBeNull();
      expect(el().querySelector('.narrow-page__footer')).toBeNull();
      expect(el().querySelector('a[href^="/register"]')).toBeNull();
    });
  });

  describe('after a failed single sign-on (?ssoError=)', () => {
    it.each([
      ['denied', 'Sign-in was cancelled'],
      ['unknown_user', 'did not tell us who you are'],
      ['wrong_audience', 'answered for another application'],
      ['invalid_token', 'could not be verified'],
      ['state', 'That sign-in attempt expired or was not started here'],
      ['suspended', 'Your SkillFast account is suspended'],
      ['provider_error', 'The company sign-in reported an error'],
      ['unavailable', 'The company sign-in could not be reached'],
      ['something_new', 'The company sign-in reported an error'],
    ])('explains %s in an alert', async (code, message) => {
      await open(`/login?ssoError=${code}`, { configured: true, label: 'Acme ID' });
      const alert = q('login-sso-error')!;
      expect(alert.getAttribute('role')).toBe('alert');
      expect(text('login-sso-error')).toContain(message);
      expect(alert.dataset['code']).toBe(code === 'something_new' ? 'provider_error' : code);
      expect(q('sso-start')).not.toBeNull();
    });

    it('says nothing without the parameter, and speaks Spanish', async () => {
      await open('/login');
      expect(q('login-sso-error')).toBeNull();
      // The options are known by now: no second request.
      await harness.navigateByUrl('/login?ssoError=suspended');
      backend.expectNone(AUTH_API.sso);
      TestBed.inject(LanguageService).use('es');
      await harness.fixture.whenStable();
      expect(text('login-sso-error')).toBe(
        'Tu cuenta de SkillFast está suspendida. Ponte en contacto con un administrador.',
      );
    });
  });
});
