import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { API_INFO_URL } from '../../core/api/api-info.service';
import { acceptLanguageInterceptor } from '../../core/http/accept-language.interceptor';
import { LanguageService } from '../../core/i18n/language.service';
import { provideI18n } from '../../core/i18n/provide-i18n';
import { byTestId, textOf } from '../../testing/test-helpers';
import Landing from './landing';

describe('Landing', () => {
  let fixture: ComponentFixture<Landing>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
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
