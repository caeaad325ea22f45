import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { AUTH_API } from '../../../core/auth/auth.model';
import { AuthService } from '../../../core/auth/auth.service';
import { LanguageService } from '../../../core/i18n/language.service';
import { Elsewhere, endAppTest, setUpAppTest, testIdQueries } from '../../../testing/app-test-bed';
import { flushProblem, testSession } from '../../../testing/auth-fixtures';
import Login from './login';

describe('Login page', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    backend = setUpAppTest({
      routes: [
        { path: 'login', component: Login },
        { path: '**', component: Elsewhere },
      ],
      lang: 'en',
    });
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text, type } = testIdQueries(el);

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
    await harness.navigateByUrl('/login');
    const email = q<HTMLInputElement>('login-email')!;
    const password = q<HTMLInputElement>('login-password')!;
    expect(el().querySelector(`label[for="${email.id}"]`)?.textContent?.trim()).toBe('E-mail');
    expect(el().querySelector(`label[for="${password.id}"]`)?.textContent?.trim()).toBe('Password');
    expect(password.type).toBe('password');
    expect(email.autocomplete).toBe('username');
  });

  it('links to sign-up, keeping the returnUrl', async () => {
    await harness.navigateByUrl('/login?returnUrl=%2Fwallet');
    const link = el().querySelector<HTMLAnchorElement>('.narrow-page__footer a')!;
    expect(link.textContent?.trim()).toBe('Create an account');
    expect(link.getAttribute('href')).toBe('/register?returnUrl=%2Fwallet');
    expect(q<HTMLInputElement>('login-password')!.autocomplete).toBe('current-password');
  });

  it('shows the 401 problem detail and re-enables the button', async () => {
    await harness.navigateByUrl('/login');
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
    await harness.navigateByUrl('/login');
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
    await harness.navigateByUrl('/login');
    await submit();
    flushProblem(backend.expectOne(AUTH_API.login), 403, { detail: 'Your account is suspended.' });
    await harness.fixture.whenStable();
    expect(text('login-error')).toBe('Your account is suspended.');
  });

  it('validates on the client before sending anything', async () => {
    await harness.navigateByUrl('/login');
    await submit('not-an-email', '');

    backend.expectNone(AUTH_API.login);
    expect(text('field-error-email')).toBe('Enter a valid e-mail address, like name@example.com.');
    expect(text('field-error-password')).toBe('This field is required.');
    expect(q('login-email')!.getAttribute('aria-invalid')).toBe('true');
    expect(q('login-email')!.getAttribute('aria-describedby')).toBe(q('field-error-email')!.id);
  });

  it('goes to the returnUrl after signing in', async () => {
    await harness.navigateByUrl('/login?returnUrl=%2Fprofile%3Ftab%3D1');
    await submit();
    backend.expectOne(AUTH_API.login).flush(testSession());
    await harness.fixture.whenStable();

    expect(router.url).toBe('/profile?tab=1');
    expect(TestBed.inject(AuthService).isAuthenticated()).toBe(true);
  });

  it('ignores an external returnUrl and goes home', async () => {
    await harness.navigateByUrl('/login?returnUrl=https:%2F%2Fevil.example.com');
    await submit();
    backend.expectOne(AUTH_API.login).flush(testSession());
    await harness.fixture.whenStable();
    expect(router.url).toBe('/');
  });

  it('sends users who must change their password to /profile/password', async () => {
    await harness.navigateByUrl('/login?returnUrl=%2Fadmin%2Fusers');
    await submit();
    backend.expectOne(AUTH_API.login).flush(testSession({}, { mustChangePassword: true }));
    await harness.fixture.whenStable();
    expect(router.url).toBe('/profile/password?returnUrl=%2Fadmin%2Fusers');
  });
});
