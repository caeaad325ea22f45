import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';

import { AUTH_API } from '../../../core/auth/auth.model';
import { AuthService } from '../../../core/auth/auth.service';
import { endAppTest, setUpAppTest, signIn, testIdQueries } from '../../../testing/app-test-bed';
import { flushProblem, testSession } from '../../../testing/auth-fixtures';
import ChangePassword from './change-password';

describe('Change password page', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let auth: AuthService;

  async function start(mustChangePassword: boolean, url = '/profile/password'): Promise<void> {
    signIn(backend, { mustChangePassword }, 'old');
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
  }

  beforeEach(() => {
    backend = setUpAppTest({
      routes: [{ path: 'profile/password', component: ChangePassword }],
      lang: 'en',
    });
    auth = TestBed.inject(AuthService);
  });

  afterEach(() => endAppTest(backend));

  const { q, text } = testIdQueries(() => harness.routeNativeElement!);
  const stable = () => harness.fixture.whenStable();

  async function fill(current: string, next: string, confirm: string): Promise<void> {
    for (const [id, value] of [
      ['password-current', current],
      ['password-new', next],
      ['password-confirm', confirm],
    ]) {
      const input = q<HTMLInputElement>(id)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    q<HTMLFormElement>('password-form')!.dispatchEvent(new Event('submit'));
    await stable();
  }

  it('checks length and confirmation on the client', async () => {
    await start(false);
    await fill('old password 1', 'short', 'different');
    backend.expectNone(AUTH_API.password);
    expect(text('field-error-newPassword')).toBe('Use between 10 and 128 characters.');
    expect(text('field-error-confirmPassword')).toBe('The passwords do not match.');
  });

  it('shows the notice when the password must be changed, and changes it', async () => {
    await start(true, '/profile/password?returnUrl=%2Fadmin%2Fusers');
    expect(text('must-change-password-notice')).toContain('you need to choose a new password');

    await fill('old password 1', 'new password 123', 'new password 123');
    const req = backend.expectOne(AUTH_API.password);
    expect(req.request.body).toEqual({
      currentPassword: 'old password 1',
      newPassword: 'new password 123',
    });
    expect(req.request.headers.get('Authorization')).toBe('Bearer old');
    req.flush(testSession({ accessToken: 'fresh' }, { mustChangePassword: false }));
    await stable();

    expect(auth.accessToken()).toBe('fresh');
    expect(q('must-change-password-notice')).toBeNull();
    expect(text('password-changed')).toContain('Your password has been changed.');
    expect(q<HTMLAnchorElement>('password-continue')!.getAttribute('href')).toBe('/admin/users');
    expect(q<HTMLInputElement>('password-current')!.value).toBe('');
  });

  it('shows a wrong current password next to that field and the detail on top', async () => {
    await start(false);
    await fill('not my password', 'new password 123', 'new password 123');
    flushProblem(backend.expectOne(AUTH_API.password), 400, {
      detail: 'The password could not be changed.',
      errors: [{ field: 'currentPassword', message: 'The current password is wrong.' }],
    });
    await stable();

    expect(text('password-error')).toBe('The password could not be changed.');
    expect(text('field-error-currentPassword')).toBe('The current password is wrong.');
    expect(q('password-changed')).toBeNull();
    expect(auth.accessToken()).toBe('old');
  });
});
