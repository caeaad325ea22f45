import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';

import { AUTH_API } from '../../../core/auth/auth.model';
import { Elsewhere, endAppTest, setUpAppTest, testIdQueries } from '../../../testing/app-test-bed';
import { flushProblem } from '../../../testing/auth-fixtures';
import ResetPassword from './reset-password';

describe('Reset password page', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    backend = setUpAppTest({
      routes: [
        { path: 'reset-password', component: ResetPassword },
        { path: '**', component: Elsewhere },
      ],
      lang: 'en',
    });
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => endAppTest(backend));

  const el = () => harness.routeNativeElement!;
  const { q, text, type } = testIdQueries(el);
  const stable = () => harness.fixture.whenStable();
  const label = (id: string) =>
    el()
      .querySelector(`label[for="${q(id)!.id}"]`)
      ?.textContent?.trim();

  async function fill(password: string, confirm: string): Promise<void> {
    type('reset-password', password);
    type('reset-confirm', confirm);
    q<HTMLFormElement>('reset-form')!.dispatchEvent(new Event('submit'));
    await stable();
  }

  it('sets the new password with the token, then leads to sign in', async () => {
    await harness.navigateByUrl('/reset-password?token=abc-123');
    expect(label('reset-password')).toBe('New password');
    expect(label('reset-confirm')).toBe('Repeat the new password');
    expect(q<HTMLInputElement>('reset-password')!.autocomplete).toBe('new-password');
    expect(q<HTMLInputElement>('reset-password')!.type).toBe('password');
    expect(text('reset-submit')).toBe('Set new password');

    await fill('new password 123', 'new password 123');
    const req = backend.expectOne(AUTH_API.passwordResetConfirm);
    expect(req.request.body).toEqual({ token: 'abc-123', password: 'new password 123' });
    expect(q<HTMLButtonElement>('reset-submit')!.disabled).toBe(true);
    req.flush(null, { status: 204, statusText: 'No Content' });
    await stable();

    expect(q('reset-form')).toBeNull();
    expect(q('reset-done')!.getAttribute('role')).toBe('status');
    expect(text('reset-done')).toContain('Your password has been changed');
    expect(text('reset-done')).toContain('every existing sign-in has ended');
    const signIn = q<HTMLAnchorElement>('reset-sign-in')!;
    expect(signIn.textContent?.trim()).toBe('Sign in');
    expect(signIn.getAttribute('href')).toBe('/login');
  });

  it('checks the length and the confirmation like sign-up does', async () => {
    await harness.navigateByUrl('/reset-password?token=abc-123');
    await fill('short', 'other');
    backend.expectNone(AUTH_API.passwordResetConfirm);
    expect(text('field-error-password')).toBe('Use between 10 and 128 characters.');
    expect(text('field-error-confirmPassword')).toBe('The passwords do not match.');
    expect(el().querySelector('#reset-password-hint')?.textContent?.trim()).toBe(
      'Between 10 and 128 characters.',
    );
  });

  it("shows the server's password rule next to the field", async () => {
    await harness.navigateByUrl('/reset-password?token=abc-123');
    await fill('passwordpassword', 'passwordpassword');
    flushProblem(backend.expectOne(AUTH_API.passwordResetConfirm), 400, {
      detail: 'Some fields are not valid.',
      errors: [{ field: 'password', message: 'This password is too common.' }],
    });
    await stable();
    expect(text('reset-error')).toBe('Some fields are not valid.');
    expect(text('field-error-password')).toBe('This password is too common.');
    expect(q('reset-password')!.getAttribute('aria-invalid')).toBe('true');
    expect(q('reset-done')).toBeNull();
  });

  it('offers a new link when the token is invalid, expired or used', async () => {
    await harness.navigateByUrl('/reset-password?token=used');
    await fill('new password 123', 'new password 123');
    flushProblem(backend.expectOne(AUTH_API.passwordResetConfirm), 400, {
      detail: 'The password could not be reset.',
      errors: [
        { field: 'token', message: 'This link is invalid, has expired or was already used.' },
      ],
    });
    await stable();
    expect(text('reset-error')).toBe('The password could not be reset.');
    expect(text('field-error-token')).toContain(
      'This link is invalid, has expired or was already used.',
    );
    const again = q('field-error-token')!.querySelector('a')!;
    expect(again.textContent?.trim()).toBe('Ask for a new link');
    expect(again.getAttribute('href')).toBe('/forgot-password');
  });

  it('says the link is incomplete without a token, instead of the form', async () => {
    await harness.navigateByUrl('/reset-password');
    expect(q('reset-form')).toBeNull();
    expect(q('reset-missing-token')!.getAttribute('role')).toBe('alert');
    expect(text('reset-missing-token')).toContain('This reset link is incomplete');
    expect(q('reset-missing-token')!.querySelector('a')?.getAttribute('href')).toBe(
      '/forgot-password',
    );
  });
});
