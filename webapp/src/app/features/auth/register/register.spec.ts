import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { AUTH_API } from '../../../core/auth/auth.model';
import { AuthService } from '../../../core/auth/auth.service';
import { AuthOptionsService } from '../../../core/auth/auth-options.service';
import { EXTERNAL_NAVIGATION } from '../../../core/payments/redirect';
import {
  Elsewhere,
  endAppTest,
  flushAuthOptions,
  setUpAppTest,
  testIdQueries,
} from '../../../testing/app-test-bed';
import { flushProblem, testSession, testUser } from '../../../testing/auth-fixtures';
import Register from './register';

describe('Register page', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let router: Router;
  let leave: ReturnType<typeof vi.fn>;

  beforeEach(async () => {
    leave = vi.fn();
    backend = setUpAppTest({
      routes: [
        { path: 'register', component: Register },
        { path: '**', component: Elsewhere },
      ],
      providers: [{ provide: EXTERNAL_NAVIGATION, useValue: leave }],
      lang: 'en',
    });
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/register?returnUrl=%2Fexperts');
    expect(q('auth-options-loading')).not.toBeNull();
    expect(q('register-form')).toBeNull();
    flushAuthOptions(backend);
    await harness.fixture.whenStable();
  });

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text, type } = testIdQueries(el);

  async function fillAndSubmit(role: 'client' | 'expert' = 'client'): Promise<void> {
    type('register-display-name', '  Laura  ');
    type('register-email', 'laura@example.com');
    type('register-password', 'correct horse battery');
    q<HTMLInputElement>(`register-role-${role}`)!.click();
    q<HTMLFormElement>('register-form')!.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
  }

  it('offers the two roles as radios with an explanation, "I need advice" first and preselected', () => {
    const client = q<HTMLInputElement>('register-role-client')!;
    const expert = q<HTMLInputElement>('register-role-expert')!;
    expect(client.type).toBe('radio');
    expect(client.checked).toBe(true);
    expect(expert.checked).toBe(false);
    expect(client.closest('label')?.textContent).toContain('I need advice');
    expect(client.closest('label')?.textContent).toContain('only pay for the minutes');
    expect(expert.closest('label')?.textContent).toContain('I am an expert');
    expect(el().querySelector('fieldset legend')?.textContent?.trim()).toBe(
      'How will you use SkillFast?',
    );
  });

  it('shows server field errors next to their fields and the detail on top', async () => {
    await fillAndSubmit('expert');

    const req = backend.expectOne(AUTH_API.register);
    expect(req.request.body).toEqual({
      email: 'laura@example.com',
      password: 'correct horse battery',
      displayName: 'Laura',
      role: 'EXPERT',
    });
    flushProblem(req, 400, {
      title: 'Invalid data',
      detail: 'Some fields are not valid.',
      errors: [
        { field: 'email', message: 'This e-mail domain is not accepted.' },
        { field: 'displayName', message: 'This name is not allowed.' },
      ],
    });
    await harness.fixture.whenStable();

    expect(text('register-error')).toBe('Some fields are not valid.');
    expect(text('field-error-email')).toBe('This e-mail domain is not accepted.');
    expect(text('field-error-displayName')).toBe('This name is not allowed.');
    expect(q('field-error-password')).toBeNull();
    expect(q('register-email')!.getAttribute('aria-invalid')).toBe('true');
    expect(q<HTMLButtonElement>('register-submit')!.disabled).toBe(false);

    // Editing the field clears its server error.
    type('register-email', 'laura@example.org');
    await harness.fixture.whenStable();
    expect(q('field-error-email')).toBeNull();
    expect(text('field-error-displayName')).toBe('This name is not allowed.');
  });

  it('shows the 409 detail when the e-mail is taken', async () => {
    await fillAndSubmit();
    flushProblem(backend.expectOne(AUTH_API.register), 409, {
      detail: 'This e-mail is already registered.',
    });
    await harness.fixture.whenStable();
    expect(text('register-error')).toBe('This e-mail is already registered.');
  });

  it('asks for a new account: e-mail and new password with its length rule', () => {
    const email = q<HTMLInputElement>('register-email')!;
    const password = q<HTMLInputElement>('register-password')!;
    expect(el().querySelector(`label[for="${email.id}"]`)?.textContent?.trim()).toBe('E-mail');
    expect(email.autocomplete).toBe('email');
    expect(password.autocomplete).toBe('new-password');
    expect(password.getAttribute('aria-describedby')).toBe('register-password-hint');
    expect(el().querySelector('#register-password-hint')?.textContent?.trim()).toBe(
      'Between 10 and 128 characters.',
    );
  });

  it('links to sign-in, keeping the returnUrl', () => {
    const link = el().querySelector<HTMLAnchorElement>('.narrow-page__footer a')!;
    expect(link.textContent?.trim()).toBe('Sign in');
    expect(link.getAttribute('href')).toBe('/login?returnUrl=%2Fexperts');
    expect(el().querySelector('h1')?.textContent?.trim()).toBe('Create your account');
  });

  it('checks lengths on the client like the server does', async () => {
    type('register-display-name', '');
    type('register-email', 'laura@example.com');
    type('register-password', 'short');
    q<HTMLFormElement>('register-form')!.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();

    backend.expectNone(AUTH_API.register);
    expect(text('field-error-password')).toBe('Use between 10 and 128 characters.');
    expect(text('field-error-displayName')).toBe('This field is required.');
    await vi.waitFor(() => expect(document.activeElement).toBe(q('register-display-name')));
  });

  it('registers, signs in with the same credentials and goes to the returnUrl', async () => {
    await fillAndSubmit();
    expect(q<HTMLButtonElement>('register-submit')!.disabled).toBe(true);
    backend.expectOne(AUTH_API.register).flush(testUser(), { status: 201, statusText: 'Created' });

    const login = backend.expectOne(AUTH_API.login);
    expect(login.request.body).toEqual({
      email: 'laura@example.com',
      password: 'correct horse battery',
    });
    login.flush(testSession());
    await harness.fixture.whenStable();

    expect(TestBed.inject(AuthService).isAuthenticated()).toBe(true);
    expect(router.url).toBe('/experts');
  });

  it('sends the user to the login page when the automatic sign-in fails', async () => {
    await fillAndSubmit();
    backend.expectOne(AUTH_API.register).flush(testUser(), { status: 201, statusText: 'Created' });
    flushProblem(backend.expectOne(AUTH_API.login), 429, {}, { 'Retry-After': '5' });
    await harness.fixture.whenStable();
    expect(router.url).toBe('/login?registered=1&returnUrl=%2Fexperts');
  });

  describe('on a desk without self-service sign-up', () => {
    async function closeSignUp(configured: boolean): Promise<void> {
      TestBed.inject(AuthOptionsService).load();
      flushAuthOptions(backend, { localSignup: false, configured, label: 'Acme ID' });
      await harness.fixture.whenStable();
    }

    it('says accounts come from the company sign-in, with its button, instead of the form', async () => {
      await closeSignUp(true);
      expect(q('register-form')).toBeNull();
      expect(q('register-email')).toBeNull();
      expect(text('register-closed')).toContain('Sign-up is done through your company sign-in');
      expect(text('register-closed')).toContain('your SkillFast account is set up automatically');
      expect(text('sso-start')).toBe('Sign in with Acme ID');

      q<HTMLButtonElement>('sso-start')!.click();
      expect(leave).toHaveBeenCalledWith('/api/auth/sso/start?returnTo=%2Fexperts');
      // The way to sign in stays.
      expect(el().querySelector('.narrow-page__footer a')?.getAttribute('href')).toBe(
        '/login?returnUrl=%2Fexperts',
      );
    });

    it('says to ask an administrator when there is no single sign-on either', async () => {
      await closeSignUp(false);
      expect(q('register-form')).toBeNull();
      expect(q('sso-start')).toBeNull();
      expect(text('register-closed')).toContain('Ask an administrator for access.');
    });
  });
});
