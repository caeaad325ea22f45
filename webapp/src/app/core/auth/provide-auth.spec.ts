import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationInitStatus } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { testSession } from '../../testing/auth-fixtures';
import { provideI18n } from '../i18n/provide-i18n';
import { authInterceptor } from './auth.interceptor';
import { AUTH_API } from './auth.model';
import { AuthService, SESSION_HINT_KEY } from './auth.service';
import { STARTUP_WAIT_MS, provideAuth } from './provide-auth';

describe('provideAuth (start-up session restore)', () => {
  let backend: HttpTestingController;

  function start(): Promise<unknown> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideI18n(),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideAuth(),
      ],
    });
    const status = TestBed.inject(ApplicationInitStatus);
    backend = TestBed.inject(HttpTestingController);
    return status.donePromise;
  }

  beforeEach(() => localStorage.clear());

  afterEach(() => {
    vi.useRealTimers();
    backend.verify();
    localStorage.clear();
  });

  it('restores the session before the app starts', async () => {
    localStorage.setItem(SESSION_HINT_KEY, '1');
    const done = start();
    backend.expectOne(AUTH_API.refresh).flush(testSession({ accessToken: 'restored' }));
    await done;
    expect(TestBed.inject(AuthService).accessToken()).toBe('restored');
  });

  it('starts signed out at once for a browser that never signed in', async () => {
    await start();
    backend.expectNone(AUTH_API.refresh);
    expect(TestBed.inject(AuthService).isAuthenticated()).toBe(false);
  });

  it('does not block the start forever when the API does not answer', async () => {
    vi.useFakeTimers();
    localStorage.setItem(SESSION_HINT_KEY, '1');
    let started = false;
    void start().then(() => (started = true));
    const req = backend.expectOne(AUTH_API.refresh);

    await vi.advanceTimersByTimeAsync(STARTUP_WAIT_MS - 1);
    expect(started).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toBe(true);

    // A late answer still signs the user in.
    req.flush(testSession({ accessToken: 'late' }));
    expect(TestBed.inject(AuthService).accessToken()).toBe('late');
  });
});
