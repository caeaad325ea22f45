import { signal } from '@angular/core';
import { describe, expect, it } from 'vitest';

import { PageOf, pagingOf } from './paging';

describe('pagingOf', () => {
  it('counts pages and the shown range', () => {
    const result = signal<PageOf<number> | null>({ items: [1, 2], total: 12, page: 1, size: 5 });
    const paging = pagingOf(result);
    expect(paging.pages()).toBe(3);
    expect(paging.range()).toEqual({ from: 6, to: 7, total: 12 });
    expect(paging.hasPrev()).toBe(true);
    expect(paging.hasNext()).toBe(true);

    result.set({ items: [1, 2], total: 12, page: 2, size: 5 });
    expect(paging.hasNext()).toBe(false);
  });

  it('has one page and no range when empty or not loaded', () => {
    const result = signal<PageOf<number> | null>(null);
    const paging = pagingOf(result);
    expect(paging.pages()).toBe(1);
    expect(paging.range()).toBeNull();
    expect(paging.hasPrev()).toBe(false);
    expect(paging.hasNext()).toBe(false);

    result.set({ items: [], total: 0, page: 0, size: 20 });
    expect(paging.range()).toBeNull();
  });
});
