import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { AUTH_API } from '../../../core/auth/auth.model';
import { AuthService } from '../../../core/auth/auth.service';
import { LanguageService } from '../../../core/i18n/language.service';
import { provideI18n } from '../../../core/i18n/provide-i18n';
import { flushProblem, testSession, testUser } from '../../../testing/auth-fixtures';
import Profile from './profile';

describe('Profile page', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const me = testUser({ displayName: 'Laura', role: 'EXPERT', language: 'en' });

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'profile', component: Profile }], withComponentInputBinding()),
        provideI18n(),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    TestBed.inject(LanguageService).use('en');
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).login({ email: me.email, password: 'secret-password' }).subscribe();
    backend.expectOne(AUTH_API.login).flush(testSession({}, me));
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    backend.verify();
    localStorage.clear();
  });

  const el = () => harness.routeNativeElement!;
  const q = <T extends HTMLElement>(id: string) => el().querySelector<T>(`[data-testid="${id}"]`);
  const text = (id: string) => q(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const stable = () => harness.fixture.whenStable();

  async function open(): Promise<void> {
    await harness.navigateByUrl('/profile');
    backend.expectOne(AUTH_API.me).flush(me);
    await stable();
  }

  it('loads the profile: e-mail and role read-only, name and language editable', async () => {
    await harness.navigateByUrl('/profile');
    expect(q('profile-loading')).not.toBeNull();
    backend.expectOne(AUTH_API.me).flush(me);
    await stable();

    expect(q('profile-page')).not.toBeNull();
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
    expect(text('profile-email')).toBe('laura@example.com');
  });
});
