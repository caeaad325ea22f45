import { Component, EnvironmentProviders, Provider } from '@angular/core';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Routes, provideRouter, withComponentInputBinding } from '@angular/router';

import { authInterceptor } from '../core/auth/auth.interceptor';
import { AUTH_API, AuthOptions, User } from '../core/auth/auth.model';
import { AuthService } from '../core/auth/auth.service';
import { LanguageService } from '../core/i18n/language.service';
import { Lang } from '../core/i18n/languages';
import { provideI18n } from '../core/i18n/provide-i18n';
import { testAuthOptions, testSession } from './auth-fixtures';

export interface AppTestOptions {
  /** Router configuration (component input binding is on, as in the app). */
  routes?: Routes;
  /** Extra providers after the app's router, i18n and HTTP (with the auth interceptor). */
  providers?: (Provider | EnvironmentProviders)[];
  /** Language to switch to, when the test reads translated text. */
  lang?: Lang;
}

/**
 * Clears localStorage and configures TestBed like the app: router, i18n, HttpClient with the
 * auth interceptor and the HTTP testing backend, which is returned. Pair with `endAppTest`.
 */
export function setUpAppTest(options: AppTestOptions = {}): HttpTestingController {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      provideRouter(options.routes ?? [], withComponentInputBinding()),
      provideI18n(),
      provideHttpClient(withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
      ...(options.providers ?? []),
    ],
  });
  if (options.lang) {
    TestBed.inject(LanguageService).use(options.lang);
  }
  return TestBed.inject(HttpTestingController);
}

/** Checks that no request is left unanswered and clears localStorage. */
export function endAppTest(backend: HttpTestingController): void {
  backend.verify();
  localStorage.clear();
}

/** Signs `user` in through AuthService, answering the login request. */
export function signIn(
  backend: HttpTestingController,
  user: Partial<User> = {},
  accessToken?: string,
): void {
  TestBed.inject(AuthService)
    .login({ email: user.email ?? 'laura@example.com', password: 'secret-password' })
    .subscribe();
  backend.expectOne(AUTH_API.login).flush(testSession(accessToken ? { accessToken } : {}, user));
}

/** Answers the pending `GET /api/auth/sso` (the desk's sign-in options). */
export function flushAuthOptions(
  backend: HttpTestingController,
  options: Partial<AuthOptions> = {},
): void {
  backend.expectOne(AUTH_API.sso).flush(testAuthOptions(options));
}

/** Queries by `data-testid` below the element `root()` returns (e.g. the routed page). */
export function testIdQueries(root: () => ParentNode) {
  const q = <T extends HTMLElement = HTMLElement>(id: string, within: ParentNode = root()) =>
    within.querySelector<T>(`[data-testid="${id}"]`);
  /** Normalized text of the element ('' when absent). */
  const text = (id: string, within?: ParentNode) =>
    q(id, within)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  /** Sets an input's value and fires `input`, as typing does. */
  const type = (id: string, value: string) => {
    const input = q<HTMLInputElement>(id)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  return { q, text, type };
}

/** A routed page to land on when the page under test navigates away. */
@Component({ template: '<p id="elsewhere">elsewhere</p>' })
export class Elsewhere {}
