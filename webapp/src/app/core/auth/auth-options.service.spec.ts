import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { endAppTest, setUpAppTest, signIn } from '../../testing/app-test-bed';
import { flushProblem, testAuthOptions } from '../../testing/auth-fixtures';
import { EXTERNAL_NAVIGATION } from '../payments/redirect';
import { AuthOptionsService } from './auth-options.service';
import { AUTH_API } from './auth.model';

describe('AuthOptionsService', () => {
  let backend: HttpTestingController;
  let service: AuthOptionsService;
  let leave: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    leave = vi.fn();
    backend = setUpAppTest({ providers: [{ provide: EXTERNAL_NAVIGATION, useValue: leave }] });
    service = TestBed.inject(AuthOptionsService);
  });

  afterEach(() => endAppTest(backend));

  it('loads the options once, without the access token even when signed in', () => {
    signIn(backend);
    expect(service.state().status).toBe('idle');
    service.ensureLoaded();
    service.ensureLoaded();
    expect(service.state().status).toBe('loading');

    const req = backend.expectOne(AUTH_API.sso);
    expect(req.request.method).toBe('GET');
    expect(req.request.headers.has('Authorization')).toBe(false);
    req.flush(testAuthOptions({ configured: true, label: 'Acme ID', localSignup: false }));

    expect(service.options()?.label).toBe('Acme ID');
    expect(service.ssoConfigured()).toBe(true);
    expect(service.localSignup()).toBe(false);
    expect(service.localLogin()).toBe(true);
    service.ensureLoaded();
    backend.expectNone(AUTH_API.sso);
  });

  it('offers e-mail/password sign-in and sign-up until told otherwise, and retries after an error', () => {
    expect(service.localLogin()).toBe(true);
    expect(service.localSignup()).toBe(true);
    expect(service.ssoConfigured()).toBe(false);

    service.ensureLoaded();
    flushProblem(backend.expectOne(AUTH_API.sso), 503, { detail: 'Starting.' });
    expect(service.state()).toEqual({
      status: 'error',
      error: expect.objectContaining({ text: 'Starting.', status: 503 }),
    });
    expect(service.localLogin()).toBe(true);

    service.ensureLoaded();
    backend.expectOne(AUTH_API.sso).flush(testAuthOptions({ localLogin: false }));
    expect(service.localLogin()).toBe(false);
  });

  it('starts single sign-on with a full page load of the start URL, coming back in the app', () => {
    service.ensureLoaded();
    backend.expectOne(AUTH_API.sso).flush(testAuthOptions({ configured: true }));

    service.startSso('/experts?q=tax');
    expect(leave).toHaveBeenCalledWith('/api/auth/sso/start?returnTo=%2Fexperts%3Fq%3Dtax');
    service.startSso('https://evil.example.com/');
    expect(leave).toHaveBeenLastCalledWith('/api/auth/sso/start?returnTo=%2F');
    backend.expectNone(() => true);
  });
});
