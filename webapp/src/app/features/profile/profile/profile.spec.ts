import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';

import { AUTH_API } from '../../../core/auth/auth.model';
import { AuthService } from '../../../core/auth/auth.service';
import { LanguageService } from '../../../core/i18n/language.service';
import { endAppTest, setUpAppTest, signIn, testIdQueries } from '../../../testing/app-test-bed';
import { flushProblem, testUser } from '../../../testing/auth-fixtures';
import { NOTIFICATIONS_API } from '../../../core/notifications/notifications.model';
import Profile from './profile';

describe('Profile page', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const me = testUser({ displayName: 'Laura', role: 'EXPERT', language: 'en' });

  beforeEach(async () => {
    backend = setUpAppTest({ routes: [{ path: 'profile', component: Profile }], lang: 'en' });
    signIn(backend, me);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => endAppTest(backend));

  const { q, text } = testIdQueries(() => harness.routeNativeElement!);
  const stable = () => harness.fixture.whenStable();

  /** Answers the notification preferences card's request (shown once the profile is there). */
  async function flushPreferences(): Promise<void> {
    backend.expectOne(NOTIFICATIONS_API.mine).flush({
      sessionMissed: true,
      sessionReceipt: true,
      reviewReceived: true,
      payments: true,
      mailEnabled: true,
    });
    await stable();
  }

  async function open(): Promise<void> {
    await harness.navigateByUrl('/profile');
    backend.expectOne(AUTH_API.me).flush(me);
    await stable();
    await flushPreferences();
  }

  it('loads the profile: e-mail and role read-only, name and language editable', async () => {
    await harness.navigateByUrl('/profile');
    expect(q('profile-loading')).not.toBeNull();
    backend.expectOne(AUTH_API.me).flush(me);
    await stable();
    await flushPreferences();

    expect(q('profile-page')).not.toBeNull();
    expect(q('notifications')).not.toBeNull();
    expect(text('profile-email')).toBe('laura@example.com');
    expect(text('profile-role')).toBe('Expert');
    expect(q<HTMLInputElement>('profile-display-name')!.value).toBe('Laura');
    expect(q<HTMLSelectElement>('profile-language')!.value).toBe('en');
  });

  it('saves name and language, applies the language and confirms', async () => {
    await open();
    const name = q<HTMLInputElement>('profile-display-name')!;
    name.value = 'Laura M.';
    name.dispatchEvent(new Event('input'));
    const language = q<HTMLSelectElement>('profile-language')!;
    language.value = 'es';
    language.dispatchEvent(new Event('change'));
    q<HTMLButtonElement>('profile-save')!.click();
    await stable();

    const req = backend.expectOne(AUTH_API.me);
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ displayName: 'Laura M.', language: 'es' });
    expect(q<HTMLButtonElement>('profile-save')!.disabled).toBe(true);
    req.flush({ ...me, displayName: 'Laura M.', language: 'es' });
    await stable();

    expect(TestBed.inject(LanguageService).lang()).toBe('es');
    expect(TestBed.inject(AuthService).user()?.displayName).toBe('Laura M.');
    expect(text('profile-saved')).toBe('Tu perfil se ha guardado.');
  });

  it('shows server field errors', async () => {
    await open();
    q<HTMLButtonElement>('profile-save')!.click();
    await stable();
    flushProblem(backend.expectOne(AUTH_API.me), 400, {
      detail: 'Invalid profile.',
      errors: [{ field: 'displayName', message: 'Too long.' }],
    });
    await stable();
    expect(text('profile-error')).toBe('Invalid profile.');
    expect(text('field-error-displayName')).toBe('Too long.');
    expect(q('profile-saved')).toBeNull();
  });

  it('shows a load error with a working retry', async () => {
    await harness.navigateByUrl('/profile');
    backend.expectOne(AUTH_API.me).error(new ProgressEvent('error'), { status: 0 });
    await stable();
    expect(text('profile-load-error')).toContain('The server could not be reached.');
    q<HTMLButtonElement>('profile-retry')!.click();
    await stable();
    backend.expectOne(AUTH_API.me).flush(me);
    await stable();
    await flushPreferences();
    expect(text('profile-email')).toBe('laura@example.com');
  });
});
