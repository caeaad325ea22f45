import { signal } from '@angular/core';

import { PageOf, PagedSource } from '../core/http/paging';
import { UserMessage } from '../core/http/problem';

/** A list driven by hand: the test says what the server answered and sees what was asked. */
export class FakeList<P extends PageOf<unknown>> implements PagedSource<P> {
  readonly result = signal<P | null>(null);
  readonly loading = signal(true);
  readonly error = signal<UserMessage | null>(null);
  /** How often a reload was asked for. */
  reloads = 0;
  /** The pages asked for, in order. */
  readonly pagesAsked: number[] = [];

  reload(): void {
    this.reloads++;
    this.loading.set(true);
    this.error.set(null);
  }

  goToPage(page: number): void {
    this.pagesAsked.push(page);
    this.loading.set(true);
  }

  /** The server answered `page`. */
  answer(page: P): void {
    this.result.set(page);
    this.loading.set(false);
    this.error.set(null);
  }

  /** The request failed with `message` (an earlier result stays). */
  fail(message: UserMessage): void {
    this.error.set(message);
    this.loading.set(false);
  }
}

/** A page of `items` out of `total`, `size` a page. */
export function pageOf<T>(items: T[], page = 0, total = items.length, size = 20): PageOf<T> {
  return { items, page, total, size };
}
