import { TestRequest } from '@angular/common/http/testing';

import { AUTH_API, AuthOptions, Session, User } from '../core/auth/auth.model';

/** A user as the API returns it. */
export function testUser(overrides: Partial<User> = {}): User {
  return {
    id: 'u-1',
    email: 'laura@example.com',
    displayName: 'Laura',
    role: 'CLIENT',
    language: 'en',
    suspended: false,
    mustChangePassword: false,
    createdAt: '2026-01-15T10:00:00Z',
    ...overrides,
  };
}

/** The desk's sign-in options as `GET /api/auth/sso` returns them: by default no single sign-on,
 * e-mail/password sign-in and sign-up, e-mail sent. */
export function testAuthOptions(overrides: Partial<AuthOptions> = {}): AuthOptions {
  return {
    configured: false,
    label: null,
    startUrl: AUTH_API.ssoStart,
    localSignup: true,
    localLogin: true,
    mailEnabled: true,
    ...overrides,
  };
}

export function testSession(overrides: Partial<Session> = {}, user?: Partial<User>): Session {
  return { accessToken: 'token-1', expiresIn: 900, user: testUser(user), ...overrides };
}

/** Answers a request with an application/problem+json error. */
export function flushProblem(
  req: TestRequest,
  status: number,
  problem: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): void {
  req.flush(
    { type: 'about:blank', title: 'Error', status, ...problem },
    {
      status,
      statusText: 'Error',
      headers: { 'Content-Type': 'application/problem+json', ...headers },
    },
  );
}
