import { Signal, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, ParamMap, Params, Router } from '@angular/router';
import { map } from 'rxjs';

import { LoadEachOptions, QueryLoad, loadEachQuery } from './load-each-query';
import { PageOf } from './paging';

/** A list query: its filters and the page shown (0-based, like the API). */
export interface PagedQuery {
  readonly page: number;
}

/** How a list's query lives in the URL's query parameters (bookmarks, back and forward). */
export interface UrlQuery<Q extends PagedQuery> {
  /** Reads the query from the URL; anything malformed is dropped, never sent to the API. */
  parse(params: ParamMap): Q;
  /** The query parameters of `query`; defaults are null, so they stay out of the URL. */
  params(query: Q): Params;
}

export interface UrlListOptions<Q extends PagedQuery, R>
  extends UrlQuery<Q>, LoadEachOptions<Q, R> {}

/** A list whose query is the URL: it loads for every URL, and changing the query navigates. */
export interface UrlList<Q extends PagedQuery, R> extends QueryLoad<R> {
  /** The query the URL holds now. */
  readonly query: Signal<Q>;
  /**
   * Navigates to the current query with `change` applied. `replaceUrl` replaces the history entry
   * instead of adding one (for changes made while typing).
   */
  go(change: Partial<Q>, options?: { replaceUrl?: boolean }): void;
  /** Navigates to another page of the same query (negative pages become the first). */
  goToPage(page: number): void;
}

/**
 * The list of a page whose query lives in the URL: query parameters → query → load → loading,
 * error or result (see `loadEachQuery`), and query changes written back to the URL. Call it in
 * an injection context of the routed component.
 */
export function urlList<Q extends PagedQuery, R>(options: UrlListOptions<Q, R>): UrlList<Q, R> {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const query$ = route.queryParamMap.pipe(map((params) => options.parse(params)));
  const query = toSignal(query$, { initialValue: options.parse(route.snapshot.queryParamMap) });
  const list = loadEachQuery(query$, options);

  const go = (change: Partial<Q>, { replaceUrl = false } = {}): void => {
    void router.navigate([], {
      relativeTo: route,
      queryParams: options.params({ ...query(), ...change }),
      replaceUrl,
    });
  };
  return {
    ...list,
    query,
    go,
    goToPage: (page) => go({ page: Math.max(0, page) } as Partial<Q>),
  };
}

/** The `page` query parameter: a whole number of at most 9 digits, else the first page (0). */
export function parsePage(params: ParamMap): number {
  const text = (params.get('page') ?? '').trim();
  return /^\d{1,9}$/.test(text) ? Number(text) : 0;
}

/** The `page` query parameter for `page`: null (left out) for the first page. */
export function pageParam(page: number): number | null {
  return page > 0 ? page : null;
}

/** A parameter that must be one of `values` (exactly), else ''. */
export function parseOneOf<T extends string>(
  params: ParamMap,
  name: string,
  values: readonly T[],
): T | '' {
  const value = params.get(name) ?? '';
  return (values as readonly string[]).includes(value) ? (value as T) : '';
}

/** A currency parameter: an ISO 4217 code in any case (`usd` → `USD`), else ''. */
export function parseCurrency(params: ParamMap, name = 'currency'): string {
  const value = (params.get(name) ?? '').trim().toUpperCase();
  return /^[A-Z]{3}$/.test(value) ? value : '';
}

/** A list query's filters: all of it but its page (and page size). */
export function filtersOf<Q extends PagedQuery & { readonly size?: number }>(
  query: Q,
): Omit<Q, 'page' | 'size'> {
  const { page: _page, size: _size, ...filters } = query;
  return filters;
}

/** Whether any filter of a list query whose filters are texts is set (not `''`). */
export function isFiltered(query: PagedQuery): boolean {
  return Object.values(filtersOf(query)).some((value) => value !== '');
}

/** A list with nothing but its page in the URL: `?page=` (0-based, the first page left out). */
export const PAGE_QUERY: UrlQuery<PagedQuery> = {
  parse: (params) => ({ page: parsePage(params) }),
  params: ({ page }) => ({ page: pageParam(page) }),
};

/**
 * Takes the item `id` off the page shown, once it has left the list (decided in a queue): the
 * total drops by one, and an emptied page loads the page before it (or this one again, for the
 * items that moved up).
 */
export function dropFromPage<T extends { readonly id: string }>(
  list: UrlList<PagedQuery, PageOf<T>>,
  id: string,
): void {
  const page = list.result();
  if (!page) {
    return;
  }
  const items = page.items.filter((item) => item.id !== id);
  list.result.set({ ...page, items, total: Math.max(0, page.total - 1) });
  if (items.length === 0 && page.total > 1) {
    if (page.page > 0) {
      list.goToPage(page.page - 1);
    } else {
      list.reload();
    }
  }
}
