import { Signal, computed } from '@angular/core';

import { Loadable } from './load-each-query';

/** The API's list shape: one page of items and where it sits (pages count from 0). */
export interface PageOf<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly page: number;
  readonly size: number;
}

/** What a paged list shows around its items: page count, "from–to of total", and whether to page on. */
export interface Paging {
  readonly pages: Signal<number>;
  readonly range: Signal<{ from: number; to: number; total: number } | null>;
  readonly hasPrev: Signal<boolean>;
  readonly hasNext: Signal<boolean>;
}

export function pagingOf(result: Signal<PageOf<unknown> | null>): Paging {
  return {
    pages: computed(() => {
      const r = result();
      return r && r.size > 0 ? Math.max(1, Math.ceil(r.total / r.size)) : 1;
    }),
    range: computed(() => {
      const r = result();
      if (!r || r.items.length === 0) {
        return null;
      }
      const from = r.page * r.size + 1;
      return { from, to: from + r.items.length - 1, total: r.total };
    }),
    hasPrev: computed(() => (result()?.page ?? 0) > 0),
    hasNext: computed(() => {
      const r = result();
      return r !== null && (r.page + 1) * r.size < r.total;
    }),
  };
}

/** A paged list's data: pages that load (`loadEachQuery`, `urlList`) and a way to ask for more. */
export interface PagedSource<P extends PageOf<unknown> = PageOf<unknown>> extends Loadable<P> {
  /** Asks for another page (0-based); what that means is the list's (a new URL, a request). */
  goToPage(page: number): void;
}
