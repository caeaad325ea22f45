import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Location } from '@angular/common';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { testSession } from '../../testing/auth-fixtures';
import { provideI18n } from '../i18n/provide-i18n';
import { authGuard, guestGuard, roleGuard } from './auth.guards';
import { authInterceptor } from './auth.interceptor';
import { AUTH_API, Role } from './auth.model';
import { AuthService, SESSION_HINT_KEY } from './auth.service';

@Component({ template: '<p id="page">{{ name }}</p>' })
class Page {
  name = 'page';
}
@Component({ template: '<p id="page">forbidden</p>' })
class ForbiddenPage {}

describe('guards', () => {
  let harness: RouterTestingHarness;
  let router: Router;
  let backend: HttpTestingController;
  let auth: AuthService;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', component: Page },
          { path: 'login', component: Page, canActivate: [guestGuard] },
          { path: 'private', component: Page, canActivate: [authGuard] },
          { path: 'profile/password', component: Page, canActivate: [authGuard] },
          { path: 'admin', component: Page, canActivate: [authGuard, roleGuard('ADMIN')] },
          { path: 'staff', component: Page, canActivate: [roleGuard('ADMIN', 'EXPERT')] },
          { path: 'forbidden', component: ForbiddenPage },
        ]),
        provideI18n(),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    router = TestBed.inject(Router);
    backend = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthService);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    backend.verify();
    localStorage.clear();
  });

  function signInAs(role: Role, mustChangePassword = false): void {
    auth.login({ email: 'a@example.com', password: 'secret-password' }).subscribe();
    backend.expectOne(AUTH_API.login).flush(testSession({}, { role, mustChangePassword }));
  }

  function pageText(): string | undefined {
    return harness.routeNativeElement?.querySelector('#page')?.textContent ?? undefined;
  }

  describe('authGuard', () => {
    it('sends signed-out visitors to /login with the requested URL as returnUrl', async () => {
      await harness.navigateByUrl('/private?x=1');
      expect(router.url).toBe('/login?returnUrl=%2Fprivate%3Fx%3D1');
    });

    it('lets signed-in users through', async () => {
      signInAs('CLIENT');
      await harness.navigateByUrl('/private');
      expect(router.url).toBe('/private');
    });

    it('holds users who must change their password on /profile/password', async () => {
      signInAs('CLIENT', true);
      await harness.navigateByUrl('/private');
      expect(router.url).toBe('/profile/password?returnUrl=%2Fprivate');

      await harness.navigateByUrl('/profile/password');
      expect(router.url).toBe('/profile/password');
    });

    it('waits for the session restore started at app start', async () => {
      localStorage.setItem(SESSION_HINT_KEY, '1');
      void auth.restoreSession();
      const navigation = harness.navigateByUrl('/private');
      await Promise.resolve();
      backend.expectOne(AUTH_API.refresh).flush(testSession());
      await navigation;
      expect(router.url).toBe('/private');
    });
  });

  describe('roleGuard', () => {
    it('lets users with a listed role through', async () => {
      signInAs('ADMIN');
      await harness.navigateByUrl('/admin');
      expect(router.url).toBe('/admin');
      signInAs('EXPERT');
      await harness.navigateByUrl('/staff');
      expect(router.url).toBe('/staff');
    });

    it('shows the forbidden page to other roles, keeping the address bar', async () => {
      signInAs('CLIENT');
      await harness.navigateByUrl('/admin');
      expect(pageText()).toBe('forbidden');
      expect(TestBed.inject(Location).path()).toBe('/admin');
    });

    it('sends signed-out visitors to the login page', async () => {
      await harness.navigateByUrl('/staff');
      expect(router.url).toBe('/login?returnUrl=%2Fstaff');
    });
  });

  describe('guestGuard', () => {
    it('lets signed-out visitors see /login', async () => {
      await harness.navigateByUrl('/login');
      expect(router.url).toBe('/login');
    });

    it('sends signed-in users home', async () => {
      signInAs('CLIENT');
      await harness.navigateByUrl('/login');
      expect(router.url).toBe('/');
    });
  });
});
