import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import {
  Elsewhere,
  endAppTest,
  flushAuthOptions,
  setUpAppTest,
} from '../../../testing/app-test-bed';
import { byTestId, textOf } from '../../../testing/test-helpers';
import { testSession } from '../../../testing/auth-fixtures';
import { flushMyCentres, testApproval, testMyCentre } from '../../../testing/cost-centre-fixtures';
import { FakeRealtime, fakeRealtime } from '../../../testing/fake-realtime';
import { COST_CENTRES_API } from '../../cost-centres/cost-centre.model';
import { AuthOptionsService } from '../../auth/auth-options.service';
import { AUTH_API, Role } from '../../auth/auth.model';
import { AuthService } from '../../auth/auth.service';
import { LanguageService } from '../../i18n/language.service';
import { Header } from './header';

describe('Header', () => {
  let fixture: ComponentFixture<Header>;
  let backend: HttpTestingController;
  let auth: AuthService;

  beforeEach(async () => {
    backend = setUpAppTest({ routes: [{ path: '**', component: Elsewhere }], lang: 'en' });
    auth = TestBed.inject(AuthService);
    fixture = TestBed.createComponent(Header);
    await fixture.whenStable();
    // Signed out: the header asks whether the desk offers self-service sign-up.
    flushAuthOptions(backend);
    await fixture.whenStable();
  });

  afterEach(() => {
    flushMyCentres(backend); // "Approvals" (covered below)
    endAppTest(backend);
  });

  async function signInAs(role: Role, displayName = 'Laura'): Promise<void> {
    auth.login({ email: 'laura@example.com', password: 'secret-password' }).subscribe();
    backend.expectOne(AUTH_API.login).flush(testSession({}, { role, displayName }));
    await fixture.whenStable();
  }

  it('offers sign-in and registration when signed out', () => {
    expect(byTestId(fixture, 'nav-login')?.getAttribute('href')).toBe('/login');
    expect(textOf(fixture, 'nav-login')).toBe('Sign in');
    expect(byTestId(fixture, 'nav-register')?.getAttribute('href')).toBe('/register');
    expect(textOf(fixture, 'nav-register')).toBe('Create account');
    expect(byTestId(fixture, 'user-menu')).toBeNull();
    expect(byTestId(fixture, 'nav-admin')).toBeNull();
    expect(byTestId(fixture, 'nav-home')).not.toBeNull();
  });

  it('hides "Create account" on a desk without self-service sign-up', async () => {
    TestBed.inject(AuthOptionsService).load();
    flushAuthOptions(backend, { localSignup: false, configured: true, label: 'Acme ID' });
    await fixture.whenStable();
    expect(byTestId(fixture, 'nav-register')).toBeNull();
    expect(byTestId(fixture, 'nav-login')?.getAttribute('href')).toBe('/login');
  });

  it('asks for the sign-in options once, not again after signing in and out', async () => {
    await signInAs('CLIENT');
    byTestId<HTMLButtonElement>(fixture, 'user-menu')!.click();
    await fixture.whenStable();
    byTestId<HTMLButtonElement>(fixture, 'nav-logout')!.click();
    backend.expectOne(AUTH_API.logout).flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    backend.expectNone(AUTH_API.sso);
    expect(byTestId(fixture, 'nav-register')).not.toBeNull();
  });

  it('shows the user menu (Profile, Sign out) when signed in, without Admin for clients', async () => {
    await signInAs('CLIENT', 'Laura M.');

    expect(byTestId(fixture, 'nav-login')).toBeNull();
    expect(byTestId(fixture, 'nav-register')).toBeNull();
    expect(byTestId(fixture, 'nav-admin')).toBeNull();
    const button = byTestId<HTMLButtonElement>(fixture, 'user-menu')!;
    expect(button.textContent).toContain('Laura M.');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(byTestId(fixture, 'nav-profile')).toBeNull();

    button.click();
    await fixture.whenStable();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(byTestId(fixture, 'nav-profile')?.getAttribute('href')).toBe('/profile');
    expect(textOf(fixture, 'nav-logout')).toBe('Sign out');

    button.parentElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await fixture.whenStable();
    expect(byTestId(fixture, 'nav-profile')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('shows the Admin link to administrators only', async () => {
    await signInAs('ADMIN');
    expect(byTestId(fixture, 'nav-admin')?.getAttribute('href')).toBe('/admin/users');
    expect(textOf(fixture, 'nav-admin')).toBe('Admin');
    const adminLinks = fixture.nativeElement.querySelectorAll('[data-testid="admin-nav"] a');
    expect(adminLinks[0]?.getAttribute('data-testid')).toBe('nav-admin-dashboard');
    expect(byTestId(fixture, 'nav-admin-dashboard')?.getAttribute('href')).toBe('/admin/dashboard');
    expect(textOf(fixture, 'nav-admin-dashboard')).toBe('Dashboard');
    expect(byTestId(fixture, 'nav-admin-topups')?.getAttribute('href')).toBe('/admin/topups');
    expect(byTestId(fixture, 'nav-admin-payouts')?.getAttribute('href')).toBe('/admin/payouts');
    expect(byTestId(fixture, 'nav-admin-cost-centres')?.getAttribute('href')).toBe(
      '/admin/cost-centres',
    );
    expect(textOf(fixture, 'nav-admin-cost-centres')).toBe('Cost centres');
    expect(byTestId(fixture, 'nav-admin-desk')?.getAttribute('href')).toBe('/admin/desk');
    expect(byTestId(fixture, 'nav-admin-sessions')?.getAttribute('href')).toBe('/admin/sessions');
    expect(textOf(fixture, 'nav-admin-sessions')).toBe('Sessions');
    expect(byTestId(fixture, 'nav-admin-books')?.getAttribute('href')).toBe('/admin/books');
    expect(textOf(fixture, 'nav-admin-books')).toBe('Books');
    expect(byTestId(fixture, 'nav-admin-audit')?.getAttribute('href')).toBe('/admin/audit');
    expect(textOf(fixture, 'nav-admin-audit')).toBe('Audit log');
  });

  it('links to the sessions for clients and experts, not for administrators', async () => {
    expect(byTestId(fixture, 'nav-sessions')).toBeNull();
    await signInAs('CLIENT');
    expect(byTestId(fixture, 'nav-sessions')?.getAttribute('href')).toBe('/sessions');
    expect(textOf(fixture, 'nav-sessions')).toBe('Sessions');
    await signInAs('EXPERT');
    expect(byTestId(fixture, 'nav-sessions')).not.toBeNull();
    await signInAs('ADMIN');
    expect(byTestId(fixture, 'nav-sessions')).toBeNull();
  });

  it('links experts (only) to the desk queue', async () => {
    expect(byTestId(fixture, 'nav-expert-desk')).toBeNull();
    await signInAs('CLIENT');
    expect(byTestId(fixture, 'nav-expert-desk')).toBeNull();
    await signInAs('EXPERT');
    expect(byTestId(fixture, 'nav-expert-desk')?.getAttribute('href')).toBe('/expert/desk');
    expect(textOf(fixture, 'nav-expert-desk')).toBe('Desk queue');
    TestBed.inject(LanguageService).use('es');
    await fixture.whenStable();
    expect(textOf(fixture, 'nav-expert-desk')).toBe('Mostrador');
    await signInAs('ADMIN');
    expect(byTestId(fixture, 'nav-expert-desk')).toBeNull();
  });

  it('links every signed-in user to the wallet, and experts to their earnings, from the menu', async () => {
    const openMenu = async () => {
      const button = byTestId<HTMLButtonElement>(fixture, 'user-menu')!;
      if (button.getAttribute('aria-expanded') !== 'true') {
        button.click();
        await fixture.whenStable();
      }
    };
    await signInAs('CLIENT');
    expect(byTestId(fixture, 'nav-wallet')).toBeNull();
    await openMenu();
    expect(byTestId(fixture, 'nav-wallet')?.getAttribute('href')).toBe('/wallet');
    expect(textOf(fixture, 'nav-wallet')).toBe('Wallet');
    expect(byTestId(fixture, 'nav-earnings')).toBeNull();
    expect(byTestId(fixture, 'nav-payouts')).toBeNull();
    expect(byTestId(fixture, 'nav-dashboard')?.getAttribute('href')).toBe('/dashboard');
    expect(textOf(fixture, 'nav-dashboard')).toBe('Dashboard');

    await signInAs('EXPERT');
    await openMenu();
    expect(byTestId(fixture, 'nav-dashboard')?.getAttribute('href')).toBe('/dashboard');
    expect(byTestId(fixture, 'nav-earnings')?.getAttribute('href')).toBe('/earnings');
    expect(textOf(fixture, 'nav-earnings')).toBe('Earnings');
    expect(byTestId(fixture, 'nav-payouts')?.getAttribute('href')).toBe('/payouts');
    expect(textOf(fixture, 'nav-payouts')).toBe('Payouts');
    byTestId<HTMLAnchorElement>(fixture, 'nav-earnings')!.click();
    await fixture.whenStable();
    expect(byTestId(fixture, 'nav-earnings')).toBeNull(); // the menu closed

    await signInAs('ADMIN');
    await openMenu();
    expect(byTestId(fixture, 'nav-wallet')).not.toBeNull();
    expect(byTestId(fixture, 'nav-earnings')).toBeNull();
    expect(byTestId(fixture, 'nav-dashboard')).toBeNull();
  });

  it('signs out and goes home', async () => {
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/profile');
    await signInAs('EXPERT');
    byTestId<HTMLButtonElement>(fixture, 'user-menu')!.click();
    await fixture.whenStable();
    byTestId<HTMLButtonElement>(fixture, 'nav-logout')!.click();

    backend.expectOne(AUTH_API.logout).flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(auth.isAuthenticated()).toBe(false);
    expect(router.url).toBe('/');
    expect(byTestId(fixture, 'nav-login')).not.toBeNull();
    expect(byTestId(fixture, 'user-menu')).toBeNull();
  });

  it("saves a language switch to the signed-in user's profile", async () => {
    await signInAs('CLIENT');
    byTestId<HTMLButtonElement>(fixture, 'lang-es')!.click();
    await fixture.whenStable();

    const req = backend.expectOne(AUTH_API.me);
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ language: 'es' });
    req.flush({ ...auth.user()!, language: 'es' });
    expect(textOf(fixture, 'user-menu')).toContain('Laura');
    expect(TestBed.inject(LanguageService).lang()).toBe('es');
  });

  it('does not call the API for a language switch when signed out', async () => {
    byTestId<HTMLButtonElement>(fixture, 'lang-es')!.click();
    await fixture.whenStable();
    backend.expectNone(AUTH_API.me);
    expect(textOf(fixture, 'nav-login')).toBe('Iniciar sesión');
  });

  describe('phone menu', () => {
    const toggle = () => byTestId<HTMLButtonElement>(fixture, 'nav-toggle')!;
    const panel = () => fixture.nativeElement.querySelector('#site-menu') as HTMLElement;
    const isOpen = () => toggle().getAttribute('aria-expanded') === 'true';

    async function open(): Promise<void> {
      toggle().click();
      await fixture.whenStable();
      expect(isOpen()).toBe(true);
    }

    beforeEach(() => document.body.appendChild(fixture.nativeElement));
    afterEach(() => fixture.nativeElement.remove());

    it('is a real button that controls the menu holding the navigation and languages', async () => {
      expect(toggle().tagName).toBe('BUTTON');
      expect(toggle().type).toBe('button');
      expect(toggle().getAttribute('aria-controls')).toBe('site-menu');
      expect(textOf(fixture, 'nav-toggle')).toBe('Menu');
      expect(isOpen()).toBe(false);
      expect(panel().classList).not.toContain('is-open');
      for (const id of ['nav-experts', 'nav-about', 'lang-es', 'nav-login', 'nav-register']) {
        expect(panel().querySelector(`[data-testid="${id}"]`)).not.toBeNull();
      }

      await open();
      expect(panel().classList).toContain('is-open');

      toggle().click();
      await fixture.whenStable();
      expect(isOpen()).toBe(false);
      expect(panel().classList).not.toContain('is-open');
    });

    it('closes on Escape and gives focus back to its button', async () => {
      await open();
      byTestId(fixture, 'nav-about')!.focus();
      byTestId(fixture, 'nav-about')!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
      );
      await fixture.whenStable();
      expect(isOpen()).toBe(false);
      expect(document.activeElement).toBe(toggle());
    });

    it('closes when a link in it is chosen and on any navigation', async () => {
      const router = TestBed.inject(Router);
      await open();
      byTestId<HTMLAnchorElement>(fixture, 'nav-about')!.click();
      await fixture.whenStable();
      expect(isOpen()).toBe(false);
      expect(router.url).toBe('/about');

      await open();
      await router.navigateByUrl('/experts');
      await fixture.whenStable();
      expect(isOpen()).toBe(false);
    });

    it('stays open for a language switch, closes on a click outside', async () => {
      await open();
      byTestId<HTMLButtonElement>(fixture, 'lang-es')!.click();
      await fixture.whenStable();
      expect(isOpen()).toBe(true);
      expect(textOf(fixture, 'nav-toggle')).toBe('Menú');

      document.body.click();
      await fixture.whenStable();
      expect(isOpen()).toBe(false);
    });

    it('closes when keyboard focus leaves it, not while it moves inside', async () => {
      await open();
      const about = byTestId(fixture, 'nav-about')!;
      about.dispatchEvent(
        new FocusEvent('focusout', { bubbles: true, relatedTarget: byTestId(fixture, 'lang-en') }),
      );
      await fixture.whenStable();
      expect(isOpen()).toBe(true);

      const outside = document.createElement('button');
      document.body.appendChild(outside);
      about.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: outside }));
      await fixture.whenStable();
      expect(isOpen()).toBe(false);
      outside.remove();
    });

    it('and the user menu are never open together', async () => {
      await signInAs('CLIENT');
      const userMenu = byTestId<HTMLButtonElement>(fixture, 'user-menu')!;
      await open();
      userMenu.click();
      await fixture.whenStable();
      expect(userMenu.getAttribute('aria-expanded')).toBe('true');
      expect(isOpen()).toBe(false);

      await open();
      expect(userMenu.getAttribute('aria-expanded')).toBe('false');
    });

    it('lists the links of each role, and the sign-in links only when signed out', async () => {
      const links = () =>
        Array.from(panel().querySelectorAll('nav a')).map((a) => a.getAttribute('data-testid'));
      expect(links()).toEqual(['nav-experts', 'nav-about']);
      await signInAs('EXPERT');
      expect(links()).toEqual([
        'nav-experts',
        'nav-about',
        'nav-sessions',
        'nav-expert-profile',
        'nav-expert-desk',
      ]);
      expect(byTestId(fixture, 'nav-login')).toBeNull();
      await signInAs('ADMIN');
      expect(links()).toEqual(['nav-experts', 'nav-about', 'nav-admin']);
    });
  });

  it('names the user menu by what it shows: the name, after "Signed in as"', async () => {
    await signInAs('CLIENT', 'Laura M.');
    const button = byTestId<HTMLButtonElement>(fixture, 'user-menu')!;
    expect(button.hasAttribute('aria-label')).toBe(false);
    expect(button.querySelector('.visually-hidden')?.textContent?.trim()).toBe(
      'Signed in as Laura M.',
    );
  });

  it('links home from the brand', () => {
    const home = byTestId<HTMLAnchorElement>(fixture, 'nav-home')!;
    expect(home.classList).toContain('brand');
    expect(home.getAttribute('href')).toBe('/');
    expect(home.getAttribute('aria-label')).toBe('SkillFast, go to home page');
  });
});

describe('Header: reconnect banner', () => {
  it('shows while the realtime connection is coming back, and goes by itself', async () => {
    const { fake, provider } = fakeRealtime();
    const backend = setUpAppTest({ providers: [provider], lang: 'en' });
    const fixture = TestBed.createComponent(Header);
    await fixture.whenStable();
    flushAuthOptions(backend);
    expect(byTestId(fixture, 'reconnect-banner')).toBeNull();

    fake.status.set('reconnecting');
    await fixture.whenStable();
    expect(textOf(fixture, 'reconnect-banner')).toBe('Connection lost. Reconnecting…');

    fake.status.set('open');
    await fixture.whenStable();
    expect(byTestId(fixture, 'reconnect-banner')).toBeNull();
    endAppTest(backend);
  });
});

describe('Header: approvals', () => {
  let fixture: ComponentFixture<Header>;
  let backend: HttpTestingController;
  let realtime: FakeRealtime;

  beforeEach(async () => {
    const fake = fakeRealtime();
    realtime = fake.fake;
    backend = setUpAppTest({
      routes: [{ path: '**', component: Elsewhere }],
      providers: [fake.provider],
      lang: 'en',
    });
    fixture = TestBed.createComponent(Header);
    await fixture.whenStable();
    flushAuthOptions(backend);
    TestBed.inject(AuthService)
      .login({ email: 'bea@example.com', password: 'secret-password' })
      .subscribe();
    backend.expectOne(AUTH_API.login).flush(testSession({}, { id: 'u-boss', role: 'CLIENT' }));
    await fixture.whenStable();
  });

  afterEach(() => endAppTest(backend));

  const pending = () =>
    backend.expectOne(
      (r) => r.url === COST_CENTRES_API.approvals && r.params.get('state') === 'PENDING',
    );

  it('links approvers to their inbox, with the number waiting, kept up to date', async () => {
    backend
      .expectOne(COST_CENTRES_API.mine)
      .flush([testMyCentre({ member: false, approver: true })]);
    await fixture.whenStable();
    const link = byTestId(fixture, 'nav-approvals')!;
    expect(link.getAttribute('href')).toBe('/approvals');
    expect(byTestId(fixture, 'nav-approvals-count')).toBeNull();

    pending().flush([testApproval({ id: 'a' }), testApproval({ id: 'b' })]);
    await fixture.whenStable();
    expect(textOf(fixture, 'nav-approvals')).toBe('Approvals 22 waiting');
    expect(
      byTestId(fixture, 'nav-approvals-count')?.querySelector('[aria-hidden]')?.textContent,
    ).toBe('2');

    realtime.emit({ type: 'approval.requested', approval: testApproval({ id: 'c' }) });
    await fixture.whenStable();
    expect(textOf(fixture, 'nav-approvals-count')).toBe('33 waiting');

    realtime.emit({
      type: 'approval.decided',
      approval: testApproval({ id: 'a', state: 'EXPIRED' }),
    });
    realtime.emit({
      type: 'approval.decided',
      approval: testApproval({ id: 'b', state: 'APPROVED' }),
    });
    realtime.emit({ type: 'approval.decided', approval: testApproval({ id: 'c', state: 'USED' }) });
    await fixture.whenStable();
    expect(byTestId(fixture, 'nav-approvals-count')).toBeNull();
  });

  it('has no Approvals link for members who approve nothing', async () => {
    backend.expectOne(COST_CENTRES_API.mine).flush([testMyCentre()]);
    await fixture.whenStable();
    expect(byTestId(fixture, 'nav-approvals')).toBeNull();
    backend.expectNone(COST_CENTRES_API.approvals);
  });
});
