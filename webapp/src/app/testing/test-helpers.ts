import { Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { LanguageService } from '../core/i18n/language.service';
import { Lang } from '../core/i18n/languages';
import { provideI18n } from '../core/i18n/provide-i18n';

/** The element with `data-testid=id`, or null. */
export function byTestId<T extends HTMLElement = HTMLElement>(
  fixture: ComponentFixture<unknown>,
  id: string,
): T | null {
  return (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${id}"]`);
}

/** Normalized text content of the element with `data-testid=id` ('' when absent). */
export function textOf(fixture: ComponentFixture<unknown>, id: string): string {
  return byTestId(fixture, id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/**
 * Creates a host component (a test's own template around the piece under test) with the app's
 * translations in `lang`, and waits until it is rendered.
 */
export async function createHost<T>(
  host: Type<T>,
  lang: Lang = 'en',
): Promise<ComponentFixture<T>> {
  TestBed.configureTestingModule({ providers: [provideI18n()] });
  TestBed.inject(LanguageService).use(lang);
  const fixture = TestBed.createComponent(host);
  await fixture.whenStable();
  return fixture;
}

/** The texts of the `li` items inside the element with `data-testid=id` ([] when absent). */
export function itemTexts(fixture: ComponentFixture<unknown>, id: string): string[] {
  const items = byTestId(fixture, id)?.querySelectorAll('li') ?? [];
  return Array.from(items, (li) => li.textContent?.trim() ?? '');
}
