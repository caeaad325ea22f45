import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { LanguageService } from '../../core/i18n/language.service';
import { provideI18n } from '../../core/i18n/provide-i18n';
import { byTestId } from '../../testing/test-helpers';
import { StarRating } from './star-rating';

describe('StarRating', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideI18n(), provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(LanguageService).use('en');
  });

  afterEach(() => localStorage.clear());

  async function render(value: number) {
    const fixture = TestBed.createComponent(StarRating);
    fixture.componentRef.setInput('value', value);
    await fixture.whenStable();
    const stars = byTestId(fixture, 'star-rating')!;
    return { fixture, stars, on: () => stars.querySelectorAll('.stars__star--on').length };
  }

  it('draws whole stars and says the rating', async () => {
    const { stars, on } = await render(4);
    expect(stars.getAttribute('role')).toBe('img');
    expect(stars.getAttribute('aria-label')).toBe('4 of 5 stars');
    expect(stars.dataset['rating']).toBe('4');
    expect(stars.querySelectorAll('svg')).toHaveLength(5);
    expect(on()).toBe(4);
  });

  it('rounds averages for the drawing and reads them in the UI language', async () => {
    const { fixture, stars, on } = await render(4.5);
    expect(on()).toBe(5);
    expect(stars.getAttribute('aria-label')).toBe('4.5 of 5 stars');
    TestBed.inject(LanguageService).use('es');
    fixture.componentRef.setInput('value', 3.25);
    await fixture.whenStable();
    expect(stars.getAttribute('aria-label')).toBe('3,3 de 5 estrellas');
    expect(on()).toBe(3);
  });
});
