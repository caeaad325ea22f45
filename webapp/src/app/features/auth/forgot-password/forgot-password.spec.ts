import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';

import { AuthOptions, AUTH_API } from '../../../core/auth/auth.model';
import { LanguageService } from '../../../core/i18n/language.service';
import { EXTERNAL_NAVIGATION } from '../../../core/payments/redirect';
import {
  Elsewhere,
  endAppTest,
  flushAuthOptions,
  setUpAppTest,
  testIdQueries,
} from '../../../testing/app-test-bed';
import { flushProblem } from '../../../testing/auth-fixtures';
import ForgotPassword from './forgot-password';

describe('Forgot password page', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    backend = setUpAppTest({
      routes: [
        { path: 'forgot-password', component: ForgotPassword },
        { path: '**', component: Elsewhere },
      ],
      providers: [{ provide: EXTERNAL_NAVIGATION, useValue: vi.fn() }],
      lang: 'en',
    });
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text, type } = testIdQueries(el);
  const stable = () => harness.fixture.whenStable();

  async function open(options: Partial<AuthOptions> = {}): Promise<void> {
    await harness.navigateByUrl('/forgot-password');
    expect(q('auth-options-loading')).not.toBeNull();
    flushAuthOptions(backend, options);
    await stable();
  }

  async function send(email: string): Promise<void> {
    type('forgot-email', email);
    q<HTMLFormElement>('forgot-form')!.dispatchEvent(new Event('submit'));
    await stable();
  }

  it('asks for the e-mail in a labelled field, then confirms neutrally (202)', async () => {
    await open();
    expect(el().querySelector('h1')?.textContent?.trim()).toBe('Forgot your password?');
    const email = q<HTMLInputElement>('forgot-email')!;
    expect(el().querySelector(`label[for="${email.id}"]`)?.textContent?.trim()).toBe('E-mail');
    expect(email.type).toBe('email');
    expect(text('forgot-submit')).toBe('Send reset link');

    await send('  laura@example.com ');
    const req = backend.expectOne(AUTH_API.passwordReset);
    expect(req.request.body).toEqual({ email: 'laura@example.com' });
    expect(q<HTMLButtonElement>('forgot-submit')!.disabled).toBe(true);
    expect(text('forgot-submit')).toBe('Sending…');
    req.flush(null, { status: 202, statusText: 'Accepted' });
    await stable();

    expect(q('forgot-form')).toBeNull();
    expect(q('forgot-sent')!.getAttribute('role')).toBe('status');
    expect(text('forgot-sent')).toContain(
      'If an account exists for laura@example.com, we have sent a link to that address. It is valid for 30 minutes.',
    );

    q<HTMLButtonElement>('forgot-again')!.click();
    await stable();
    expect(q<HTMLInputElement>('forgot-email')!.value).toBe('laura@example.com');
  });

  it('checks the address before sending, and shows problems on top', async () => {
    await open();
    await send('not-an-email');
    backend.expectNone(AUTH_API.passwordReset);
    expect(text('field-error-email')).toBe('Enter a valid e-mail address, like name@example.com.');

    await send('laura@example.com');
    flushProblem(
      backend.expectOne(AUTH_API.passwordReset),
      429,
      { detail: 'Too many requests.' },
      { 'Retry-After': '30' },
    );
    await stable();
    expect(text('forgot-error')).toBe('Too many attempts, try again in 30 s.');
    expect(q('forgot-error')!.getAttribute('role')).toBe('alert');
    expect(q('forgot-sent')).toBeNull();
  });

  it('tells to ask an administrator instead of showing the form when the desk sends no e-mail', async () => {
    await open({ mailEnabled: false });
    expect(q('forgot-form')).toBeNull();
    expect(text('forgot-no-mail')).toContain('does not send e-mail');
    expect(text('forgot-no-mail')).toContain('ask an administrator for a password reset link');

    TestBed.inject(LanguageService).use('es');
    await stable();
    expect(text('forgot-no-mail')).toContain('Pide a un administrador un enlace');
  });

  it('points to the company sign-in on a desk without passwords', async () => {
    await open({ localLogin: false, configured: true, label: 'Acme ID' });
    expect(q('forgot-form')).toBeNull();
    expect(text('forgot-no-local-login')).toContain('does not use passwords');
    expect(text('sso-start')).toBe('Sign in with Acme ID');
  });

  it('shows a retry when the options cannot be read', async () => {
    await harness.navigateByUrl('/forgot-password');
    backend.expectOne(AUTH_API.sso).error(new ProgressEvent('error'), { status: 0 });
    await stable();
    expect(text('auth-options-error')).toContain('The server could not be reached.');
    expect(q('forgot-form')).toBeNull();
    q<HTMLButtonElement>('auth-options-retry')!.click();
    flushAuthOptions(backend);
    await stable();
    expect(q('forgot-form')).not.toBeNull();
    expect(q<HTMLAnchorElement>('forgot-back')!.getAttribute('href')).toBe('/login');
  });
});
