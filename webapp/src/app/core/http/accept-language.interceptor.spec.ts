import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { LanguageService } from '../i18n/language.service';
import { provideI18n } from '../i18n/provide-i18n';
import { acceptLanguageInterceptor, isApiUrl } from './accept-language.interceptor';

describe('acceptLanguageInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let language: LanguageService;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideI18n(),
        provideHttpClient(withInterceptors([acceptLanguageInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    language = TestBed.inject(LanguageService);
    language.use('es');
  });

  afterEach(() => {
    backend.verify();
    localStorage.clear();
  });

  function headerFor(url: string): string | null {
    http.get(url).subscribe();
    const req = backend.expectOne(url);
    req.flush({});
    return req.request.headers.get('Accept-Language');
  }

  it('adds the current UI language to /api requests', () => {
    expect(headerFor('/api/info')).toBe('es');
  });

  it('follows language switches', () => {
    language.use('en');
    expect(headerFor('/api/info')).toBe('en');
  });

  it('adds it to same-origin absolute /api URLs and to /api itself', () => {
    expect(headerFor(`${location.origin}/api/experts?q=tax`)).toBe('es');
    expect(headerFor('/api')).toBe('es');
  });

  it('leaves non-API requests alone', () => {
    expect(headerFor('/i18n/es.json')).toBeNull();
    expect(headerFor('/health')).toBeNull();
    expect(headerFor('/apix/info')).toBeNull();
    expect(headerFor('https://example.org/api/info')).toBeNull();
  });

  it('keeps an Accept-Language header set explicitly by the caller', () => {
    http.get('/api/info', { headers: { 'Accept-Language': 'fr' } }).subscribe();
    const req = backend.expectOne('/api/info');
    req.flush({});
    expect(req.request.headers.get('Accept-Language')).toBe('fr');
  });
});

describe('isApiUrl', () => {
  const base = 'https://desk.example.com/';

  it.each([
    ['/api/info', true],
    ['api/info', true],
    ['https://desk.example.com/api/x', true],
    ['/api', true],
    ['/api?x=1', true],
    ['/apiary', false],
    ['/ws/chat', false],
    ['https://other.example.com/api/info', false],
  ])('%s → %s', (url, expected) => {
    expect(isApiUrl(url, base)).toBe(expected);
  });
});
