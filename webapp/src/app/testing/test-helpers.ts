import { ComponentFixture } from '@angular/core/testing';

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
