import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';

import { LanguageService } from './language.service';
import { LANG_STORAGE_KEY } from './languages';
import { provideI18n } from './provide-i18n';

describe('LanguageService', () => {
  let browserLanguage: string;

  beforeEach(() => {
    localStorage.clear();
    browserLanguage = 'en-US';
    vi.spyOn(navigator, 'language', 'get').mockImplementation(() => browserLanguage);
    document.documentElement.lang = '';
    TestBed.configureTestingModule({ providers: [provideI18n()] });
  });

  afterEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
  });

  /** Creating the service runs the app initializer, i.e. the initial language choice. */
  function start(): { service: LanguageService; translate: TranslateService } {
    return {
      service: TestBed.inject(LanguageService),
      translate: TestBed.inject(TranslateService),
    };
  }

  describe('initial language', () => {
    it('uses the language stored in localStorage first', () => {
      localStorage.setItem(LANG_STORAGE_KEY, 'es');
      browserLanguage = 'en-GB';

      const { service, translate } = start();

      expect(service.lang()).toBe('es');
      expect(translate.getCurrentLang()).toBe('es');
      expect(document.documentElement.lang).toBe('es');
    });

    it('ignores an unsupported stored value and falls back to the browser language', () => {
      localStorage.setItem(LANG_STORAGE_KEY, 'fr');
      browserLanguage = 'es-MX';

      expect(start().service.lang()).toBe('es');
    });

    it('uses Spanish when navigator.language starts with "es"', () => {
      browserLanguage = 'es-ES';

      const { service } = start();

      expect(service.lang()).toBe('es');
      expect(document.documentElement.lang).toBe('es');
    });

    it('defaults to English for any other browser language', () => {
      browserLanguage = 'de-DE';

      const { service, translate } = start();

      expect(service.lang()).toBe('en');
      expect(translate.instant('nav.about')).toBe('About');
      expect(document.documentElement.lang).toBe('en');
    });

    it('does not persist a language it only guessed', () => {
      browserLanguage = 'es';
      start();
      expect(localStorage.getItem(LANG_STORAGE_KEY)).toBeNull();
    });
  });

  describe('use()', () => {
    it('switches translations at once, stores the choice and sets <html lang>', () => {
      const { service, translate } = start();
      expect(translate.instant('nav.about')).toBe('About');

      service.use('es');

      expect(service.lang()).toBe('es');
      expect(translate.instant('nav.about')).toBe('Acerca de');
      expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('es');
      expect(document.documentElement.lang).toBe('es');

      service.use('en');

      expect(translate.instant('nav.about')).toBe('About');
      expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
      expect(document.documentElement.lang).toBe('en');
    });

    it('keeps working when localStorage is unavailable', () => {
      vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
        throw new DOMException('denied', 'SecurityError');
      });
      vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
        throw new DOMException('denied', 'SecurityError');
      });
      const { service } = start();

      expect(() => service.use('es')).not.toThrow();
      expect(service.lang()).toBe('es');
    });
  });
});
