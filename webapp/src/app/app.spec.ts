import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, provideRouter } from '@angular/router';

import { App } from './app';
import { routes } from './app.routes';
import { API_INFO_URL } from './core/api/api-info.service';
import { AUTH_API } from './core/auth/auth.model';
import { EXPERTS_API } from './core/experts/expert.model';
import { acceptLanguageInterceptor } from './core/http/accept-language.interceptor';
import { LANG_STORAGE_KEY } from './core/i18n/languages';
import { provideI18n } from './core/i18n/provide-i18n';
import { byTestId, textOf } from './testing/test-helpers';
import { testAuthOptions } from './testing/auth-fixtures';

describe('App shell', () => {
  let fixture: ComponentFixture<App>;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    localStorage.clear();
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes),
        provideI18n(),
        provideHttpClient(withInterceptors([acceptLanguageInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    // The header asks signed-out visitors' desk whether it offers self-service sign-up.
    backend.expectOne(AUTH_API.sso).flush(testAuthOptions());
    await fixture.whenStable();
  });

  afterEach(() => {
    backend.verify();
    localStorage.clear();
  });

  async function navigate(url: string): Promise<void> {
    await router.navigateByUrl(url);
    await fixture.whenStable();
  }

  /** Answers the landing page's categories and featured-experts requests (none yet). */
  async function flushLandingData(): Promise<void> {
    backend.expectOne(EXPERTS_API.categories).flush({ items: [], total: 0, page: 0, size: 50 });
    backend
      .expectOne((req) => req.url === EXPERTS_API.experts)
      .flush({ items: [], total: 0, page: 0, size: 6 });
    await fixture.whenStable();
  }

  it('has header, nav, main and footer landmarks plus a skip link', () => {
    backend.expectOne(API_INFO_URL);
    const el = fixture.nativeElement as HTMLElement;
    expect(byTestId(fixture, 'app-header')?.tagName).toBe('HEADER');
    expect(el.querySelector('nav')?.getAttribute('aria-label')).toBe('Main navigation');
    expect(el.querySelector('main#main-content')).not.toBeNull();
    expect(byTestId(fixture, 'app-footer')?.tagName).toBe('FOOTER');
    expect(el.querySelector('.skip-link')?.textContent?.trim()).toBe('Skip to main content');
    expect(byTestId<HTMLAnchorElement>(fixture, 'nav-home')?.getAttribute('href')).toBe('/');
    expect(byTestId<HTMLAnchorElement>(fixture, 'nav-about')?.getAttribute('href')).toBe('/about');
  });

  it('shows the server version in the footer once /api/info answers', async () => {
    expect(textOf(fixture, 'app-footer')).not.toContain('Version');
    backend
      .expectOne(API_INFO_URL)
      .flush({ name: 'SkillFast', version: '0.1.0-SNAPSHOT', databaseMode: 'EMBEDDED' });
    await fixture.whenStable();
    expect(textOf(fixture, 'app-footer')).toContain('© ');
    expect(textOf(fixture, 'app-footer')).toContain('SkillFast');
    expect(textOf(fixture, 'app-version')).toBe('Version 0.1.0-SNAPSHOT');
  });

  it('switches language from the header: aria-pressed, texts, storage, <html lang>, title', async () => {
    backend.expectOne(API_INFO_URL);
    await navigate('/about');
    const es = byTestId<HTMLButtonElement>(fixture, 'lang-es')!;
    const en = byTestId<HTMLButtonElement>(fixture, 'lang-en')!;
    expect(en.getAttribute('aria-pressed')).toBe('true');
    expect(es.getAttribute('aria-pressed')).toBe('false');
    expect(textOf(fixture, 'about-title')).toBe('About SkillFast');
    expect(TestBed.inject(Title).getTitle()).toBe('About · SkillFast');

    es.click();
    await fixture.whenStable();

    expect(es.getAttribute('aria-pressed')).toBe('true');
    expect(en.getAttribute('aria-pressed')).toBe('false');
    expect(textOf(fixture, 'nav-about')).toBe('Acerca de');
    expect(textOf(fixture, 'about-title')).toBe('Acerca de SkillFast');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('es');
    expect(document.documentElement.lang).toBe('es');
    expect(TestBed.inject(Title).getTitle()).toBe('Acerca de · SkillFast');
  });

  it('lazy-loads the feature routes, marks the active link and shows a 404 for unknown URLs', async () => {
    backend
      .expectOne(API_INFO_URL)
      .flush({ name: 'SkillFast', version: '1', databaseMode: 'EMBEDDED' });

    await navigate('/');
    await flushLandingData();
    expect(byTestId(fixture, 'landing-title')).not.toBeNull();
    expect(byTestId(fixture, 'featured-empty')).not.toBeNull();
    expect(byTestId(fixture, 'nav-home')?.getAttribute('aria-current')).toBe('page');
    expect(TestBed.inject(Title).getTitle()).toBe('Live consultations with experts · SkillFast');

    await navigate('/about');
    expect(byTestId(fixture, 'about-title')).not.toBeNull();
    expect(byTestId(fixture, 'nav-about')?.getAttribute('aria-current')).toBe('page');
    expect(byTestId(fixture, 'nav-home')?.getAttribute('aria-current')).toBeNull();
    expect(textOf(fixture, 'api-info-version')).toBe('1');

    await navigate('/no/such/page');
    expect(byTestId(fixture, 'not-found')).not.toBeNull();
    expect(TestBed.inject(Title).getTitle()).toBe('Page not found · SkillFast');
  });

  it('skip link moves focus to the main content without navigating', async () => {
    backend.expectOne(API_INFO_URL);
    const el = fixture.nativeElement as HTMLElement;
    const url = router.url;
    el.querySelector<HTMLAnchorElement>('.skip-link')!.click();
    await fixture.whenStable();
    expect(document.activeElement).toBe(el.querySelector('main'));
    expect(router.url).toBe(url);
  });
});
