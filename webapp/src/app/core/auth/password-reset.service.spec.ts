import { HttpErrorResponse } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { endAppTest, setUpAppTest, signIn } from '../../testing/app-test-bed';
import { flushProblem } from '../../testing/auth-fixtures';
import { fieldErrorsOf } from '../http/problem';
import { AUTH_API } from './auth.model';
import { PasswordResetService } from './password-reset.service';

describe('PasswordResetService', () => {
  let backend: HttpTestingController;
  let service: PasswordResetService;

  beforeEach(() => {
    backend = setUpAppTest();
    service = TestBed.inject(PasswordResetService);
  });

  afterEach(() => endAppTest(backend));

  it('asks for a link by e-mail (202, no body), without the access token', () => {
    signIn(backend);
    let done = false;
    service.request('laura@example.com').subscribe({ complete: () => (done = true) });
    const req = backend.expectOne(AUTH_API.passwordReset);
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ email: 'laura@example.com' });
    expect(req.request.headers.has('Authorization')).toBe(false);
    req.flush(null, { status: 202, statusText: 'Accepted' });
    expect(done).toBe(true);
  });

  it('sets the new password with the token (204), passing field errors on', () => {
    let done = false;
    service
      .confirm({ token: 'tok-1', password: 'new password 123' })
      .subscribe({ complete: () => (done = true) });
    const req = backend.expectOne(AUTH_API.passwordResetConfirm);
    expect(req.request.body).toEqual({ token: 'tok-1', password: 'new password 123' });
    req.flush(null, { status: 204, statusText: 'No Content' });
    expect(done).toBe(true);

    let error: HttpErrorResponse | undefined;
    service
      .confirm({ token: 'used', password: 'new password 123' })
      .subscribe({ error: (e: HttpErrorResponse) => (error = e) });
    flushProblem(backend.expectOne(AUTH_API.passwordResetConfirm), 400, {
      errors: [{ field: 'token', message: 'This link has expired.' }],
    });
    expect(error?.status).toBe(400);
    expect(fieldErrorsOf(error)).toEqual({ token: 'This link has expired.' });
    backend.expectNone(AUTH_API.refresh);
  });
});
