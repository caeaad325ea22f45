import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { LanguageService } from '../../core/i18n/language.service';
import { provideI18n } from '../../core/i18n/provide-i18n';
import { byTestId, textOf } from '../../testing/test-helpers';
import NotFound from './not-found';

describe('NotFound', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideI18n()] });
    TestBed.inject(LanguageService).use('en');
  });

  afterEach(() => localStorage.clear());

  it('renders a friendly 404 with a link home', async () => {
    const fixture = TestBed.createComponent(NotFound);
    await fixture.whenStable();

    const container = byTestId(fixture, 'not-found');
    expect(container).not.toBeNull();
    expect(container!.querySelector('h1')?.textContent?.trim()).toBe('Page not found');
    expect(textOf(fixture, 'not-found')).toContain('404');
    const home = byTestId<HTMLAnchorElement>(fixture, 'not-found-home')!;
    expect(home.getAttribute('href')).toBe('/');
    expect(home.textContent?.trim()).toBe('Back to home');
  });

  it('is translated to Spanish', async () => {
    TestBed.inject(LanguageService).use('es');
    const fixture = TestBed.createComponent(NotFound);
    await fixture.whenStable();

    expect(byTestId(fixture, 'not-found')!.querySelector('h1')?.textContent?.trim()).toBe(
      'Página no encontrada',
    );
  });
});
