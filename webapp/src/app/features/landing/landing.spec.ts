import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';

import { API_INFO_URL } from '../../core/api/api-info.service';
import { Category, EXPERTS_API, ExpertSummary } from '../../core/experts/expert.model';
import { acceptLanguageInterceptor } from '../../core/http/accept-language.interceptor';
import { LanguageService } from '../../core/i18n/language.service';
import { provideI18n } from '../../core/i18n/provide-i18n';
import { Role } from '../../core/auth/auth.model';
import { Elsewhere, endAppTest, setUpAppTest, signIn } from '../../testing/app-test-bed';
import { flushProblem } from '../../testing/auth-fixtures';
import { testCategory, testExpert } from '../../testing/expert-fixtures';
import { byTestId, textOf } from '../../testing/test-helpers';
import Landing from './landing';

describe('Landing', () => {
  let fixture: ComponentFixture<Landing>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'experts', component: Elsewhere }]),
        provideI18n(),
        provideHttpClient(withInterceptors([acceptLanguageInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    TestBed.inject(LanguageService).use('en');
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Landing);
    await fixture.whenStable();
  });

  afterEach(() => {
    backend.verify();
    localStorage.clear();
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const all = (id: string) =>
    Array.from(el().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));

  function categoriesRequest(): TestRequest {
    return backend.expectOne(EXPERTS_API.categories);
  }

  function featuredRequest(): TestRequest {
    return backend.expectOne((req) => req.url === EXPERTS_API.experts);
  }

  function page<T>(items: T[]) {
    return { items, total: items.length, page: 0, size: 20 };
  }

  describe('expert search and directory', () => {
    beforeEach(() => backend.expectOne(API_INFO_URL));

    it('submits the search box to /experts?q=…', async () => {
      categoriesRequest().flush(page([]));
      featuredRequest().flush(page([]));
      const input = byTestId<HTMLInputElement>(fixture, 'landing-search')!;
      expect(el().querySelector('label[for="landing-search"]')?.textContent?.trim()).toBe(
        'What do you need help with?',
      );
      input.value = '  tax return ';
      input.dispatchEvent(new Event('input'));
      byTestId<HTMLButtonElement>(fixture, 'landing-search-submit')!.click();
      await fixture.whenStable();

      expect(TestBed.inject(Router).url).toBe('/experts?q=tax%20return');
    });

    it('shows the categories with name, description and expert count, linking to the search', async () => {
      const tax: Category = testCategory({ slug: 'tax', expertCount: 12 });
      const law: Category = testCategory({
        slug: 'labour-law',
        name: { es: 'Derecho laboral', en: 'Labour law' },
        description: { es: 'Contratos y despidos', en: '' },
        expertCount: 1,
      });
      expect(byTestId(fixture, 'landing-categories-loading')).not.toBeNull();
      categoriesRequest().flush(page([tax, law]));
      featuredRequest().flush(page([]));
      await fixture.whenStable();

      const cards = all('landing-category');
      expect(cards.map((c) => c.dataset['slug'])).toEqual(['tax', 'labour-law']);
      expect(cards[0].getAttribute('href')).toBe('/experts?category=tax');
      expect(cards[0].textContent).toContain('Tax advice');
      expect(cards[0].textContent).toContain('Returns, VAT and more');
      expect(cards[0].textContent).toContain('12 experts');
      expect(cards[1].textContent).toContain('1 expert');
      // An empty English description falls back to the Spanish one.
      expect(cards[1].textContent).toContain('Contratos y despidos');

      TestBed.inject(LanguageService).use('es');
      await fixture.whenStable();
      expect(all('landing-category')[0].textContent).toContain('Asesoría fiscal');
      expect(all('landing-category')[0].textContent).toContain('12 expertos');
    });

    it('shows a categories error with a retry', async () => {
      flushProblem(categoriesRequest(), 503, { detail: 'Starting up.' });
      featuredRequest().flush(page([]));
      await fixture.whenStable();
      expect(textOf(fixture, 'landing-categories-error')).toContain('Starting up.');

      (
        byTestId(fixture, 'landing-categories-error')!.querySelector('button') as HTMLElement
      ).click();
      await fixture.whenStable();
      categoriesRequest().flush(page([testCategory()]));
      await fixture.whenStable();
      expect(all('landing-category')).toHaveLength(1);
    });

    it('features the best-rated experts online, or says nobody is online', async () => {
      categoriesRequest().flush(page([]));
      const req = featuredRequest();
      expect(req.request.params.get('online')).toBe('true');
      expect(req.request.params.get('sort')).toBe('rating');
      expect(req.request.params.get('size')).toBe('6');
      const experts: ExpertSummary[] = [
        testExpert({ id: 'e-1', displayName: 'Laura Martín' }),
        testExpert({ id: 'e-2', displayName: 'Bob Smith', rates: { VIDEO: 300 } }),
      ];
      req.flush(page(experts));
      await fixture.whenStable();

      const cards = all('featured-expert');
      expect(cards.map((c) => c.dataset['id'])).toEqual(['e-1', 'e-2']);
      expect(cards[0].textContent).toContain('Laura Martín');
      expect(cards[0].querySelector('a')?.getAttribute('href')).toBe('/experts/e-1');
      expect(byTestId(fixture, 'featured-empty')).toBeNull();
    });

    it('shows the empty state when no expert is online', async () => {
      categoriesRequest().flush(page([]));
      expect(byTestId(fixture, 'featured-loading')).not.toBeNull();
      featuredRequest().flush(page([]));
      await fixture.whenStable();
      expect(textOf(fixture, 'featured-empty')).toContain('No experts are online right now.');
      expect(all('featured-expert')).toHaveLength(0);
      expect(textOf(fixture, 'landing-categories-empty')).toContain('There are no categories yet.');
    });
  });

  describe('ask the desk', () => {
    beforeEach(() => {
      backend.expectOne(API_INFO_URL);
      categoriesRequest().flush(page([]));
      featuredRequest().flush(page([]));
    });

    it('offers "Ask the desk" to signed-out visitors', async () => {
      await fixture.whenStable();
      const cta = byTestId<HTMLAnchorElement>(fixture, 'landing-desk-cta')!;
      expect(cta.getAttribute('href')).toBe('/desk');
      expect(cta.textContent?.trim()).toBe('Ask the desk');
      TestBed.inject(LanguageService).use('es');
      await fixture.whenStable();
      expect(textOf(fixture, 'landing-desk-cta')).toBe('Pregunta al mostrador');
    });
  });

  describe('pitch and system status', () => {
    beforeEach(() => {
      categoriesRequest();
      featuredRequest();
    });

    it('shows the hero pitch and the five "how it works" steps', () => {
      backend.expectOne(API_INFO_URL);
      expect(textOf(fixture, 'landing-title').toLowerCase()).toContain('expert');
      const steps = (fixture.nativeElement as HTMLElement).querySelectorAll('#how-it-works li h3');
      expect(Array.from(steps, (h) => h.textContent?.trim())).toEqual([
        'Search',
        'Choose a channel',
        'Connect live',
        'Pay per minute',
        'Review',
      ]);
    });

    it('translates the hero when switching to Spanish', async () => {
      backend.expectOne(API_INFO_URL);
      TestBed.inject(LanguageService).use('es');
      await fixture.whenStable();
      expect(textOf(fixture, 'landing-title').toLowerCase()).toContain('experto');
    });

    it('status card: loading → success', async () => {
      const req = backend.expectOne(API_INFO_URL);
      expect(req.request.method).toBe('GET');
      expect(req.request.headers.get('Accept-Language')).toBe('en');
      expect(byTestId(fixture, 'api-info')?.getAttribute('aria-busy')).toBe('true');
      expect(textOf(fixture, 'api-info-loading')).toBe('Checking system status…');
      expect(byTestId(fixture, 'api-info-version')).toBeNull();

      req.flush({ name: 'SkillFast', version: '0.1.0-SNAPSHOT', databaseMode: 'EMBEDDED' });
      await fixture.whenStable();

      expect(byTestId(fixture, 'api-info-loading')).toBeNull();
      expect(byTestId(fixture, 'api-info')?.getAttribute('aria-busy')).toBe('false');
      expect(textOf(fixture, 'api-info-name')).toBe('SkillFast');
      expect(textOf(fixture, 'api-info-version')).toBe('0.1.0-SNAPSHOT');
      expect(textOf(fixture, 'api-info-database')).toBe('embedded database (demo/single server)');

      TestBed.inject(LanguageService).use('es');
      await fixture.whenStable();
      expect(textOf(fixture, 'api-info-database')).toBe(
        'base de datos embebida (demo/servidor único)',
      );
    });

    it('status card: problem+json error shows the detail, Retry reloads', async () => {
      backend.expectOne(API_INFO_URL).flush(
        {
          type: 'about:blank',
          title: 'Service Unavailable',
          status: 503,
          detail: 'Database is starting',
        },
        {
          status: 503,
          statusText: 'Service Unavailable',
          headers: { 'Content-Type': 'application/problem+json' },
        },
      );
      await fixture.whenStable();

      expect(textOf(fixture, 'api-info-error')).toBe('Database is starting');
      expect(byTestId(fixture, 'api-info-version')).toBeNull();

      byTestId<HTMLButtonElement>(fixture, 'api-info-retry')!.click();
      await fixture.whenStable();

      expect(byTestId(fixture, 'api-info-error')).toBeNull();
      expect(byTestId(fixture, 'api-info-loading')).not.toBeNull();

      backend
        .expectOne(API_INFO_URL)
        .flush({ name: 'SkillFast', version: '0.2.0', databaseMode: 'EXTERNAL' });
      await fixture.whenStable();

      expect(textOf(fixture, 'api-info-version')).toBe('0.2.0');
      expect(textOf(fixture, 'api-info-database')).toBe('external MongoDB');
      expect(byTestId(fixture, 'api-info-retry')).toBeNull();
    });

    it('status card: network failure without a body shows the localized generic message', async () => {
      backend.expectOne(API_INFO_URL).error(new ProgressEvent('error'), { status: 0 });
      await fixture.whenStable();

      expect(textOf(fixture, 'api-info-error')).toBe(
        'The server could not be reached. Check your connection and try again.',
      );

      TestBed.inject(LanguageService).use('es');
      await fixture.whenStable();
      expect(textOf(fixture, 'api-info-error')).toContain('No se pudo contactar con el servidor');
      expect(textOf(fixture, 'api-info-retry')).toBe('Reintentar');
    });

    it('status card: a server error without detail shows the generic server message', async () => {
      backend
        .expectOne(API_INFO_URL)
        .flush({ title: 'Internal Server Error', status: 500 }, { status: 500, statusText: 'ISE' });
      await fixture.whenStable();

      expect(textOf(fixture, 'api-info-error')).toBe(
        'The server had a problem. Please try again later.',
      );
    });
  });
});

describe('Landing: "Ask the desk" by role', () => {
  let backend: HttpTestingController;

  afterEach(() => endAppTest(backend));

  async function landingAs(role: Role): Promise<ComponentFixture<Landing>> {
    backend = setUpAppTest({ routes: [{ path: 'desk', component: Elsewhere }], lang: 'en' });
    signIn(backend, { role });
    const fixture = TestBed.createComponent(Landing);
    await fixture.whenStable();
    backend
      .match(() => true)
      .forEach((req) => req.flush({ items: [], total: 0, page: 0, size: 6 }));
    await fixture.whenStable();
    return fixture;
  }

  it('is shown to clients', async () => {
    const fixture = await landingAs('CLIENT');
    expect(byTestId(fixture, 'landing-desk-cta')?.getAttribute('href')).toBe('/desk');
  });

  it('is not shown to experts nor administrators', async () => {
    expect(byTestId(await landingAs('EXPERT'), 'landing-desk-cta')).toBeNull();
    endAppTest(backend);
    TestBed.resetTestingModule();
    expect(byTestId(await landingAs('ADMIN'), 'landing-desk-cta')).toBeNull();
  });
});
