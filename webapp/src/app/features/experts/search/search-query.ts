import { ParamMap, Params } from '@angular/router';

import {
  EMPTY_SEARCH,
  EXPERT_SORTS,
  ExpertSearchQuery,
  ExpertSort,
  SLUG_MAX,
  SLUG_PATTERN,
  isChannel,
} from '../../../core/experts/expert.model';
import { UrlQuery, pageParam, parsePage } from '../../../core/http/url-list';

/** Minimum ratings offered in the filter (a different value from the URL is kept and shown). */
export const MIN_RATING_OPTIONS: readonly number[] = [3, 3.5, 4, 4.5];

/**
 * The search state kept in the URL of `/experts`:
 * `?q=&category=&language=&channel=&maxRate=&minRating=&online=true&sort=&page=` (maxRate in
 * minor units per minute as in the API, page 0-based). Unknown or malformed values are ignored.
 */
export function parseSearchQuery(params: ParamMap): ExpertSearchQuery {
  const category = (params.get('category') ?? '').trim();
  const language = (params.get('language') ?? '').trim().toLowerCase();
  const channel = (params.get('channel') ?? '').trim().toUpperCase();
  const sort = params.get('sort') ?? '';
  return {
    q: (params.get('q') ?? '').trim(),
    category: category.length <= SLUG_MAX && SLUG_PATTERN.test(category) ? category : '',
    language: /^[a-z]{2,3}$/.test(language) ? language : '',
    channel: isChannel(channel) ? channel : '',
    maxRate: positiveInteger(params.get('maxRate')),
    minRating: rating(params.get('minRating')),
    online: params.get('online') === 'true' || params.get('online') === '1',
    sort: (EXPERT_SORTS as readonly string[]).includes(sort) ? (sort as ExpertSort) : 'relevance',
    page: parsePage(params),
  };
}

/** Router query params for `query`: defaults become null, so they leave the URL. */
export function searchQueryParams(query: ExpertSearchQuery): Params {
  return {
    q: query.q || null,
    category: query.category || null,
    language: query.language || null,
    channel: query.channel || null,
    maxRate: query.maxRate ?? null,
    minRating: query.minRating ?? null,
    online: query.online ? 'true' : null,
    sort: query.sort !== EMPTY_SEARCH.sort ? query.sort : null,
    page: pageParam(query.page),
  };
}

export const SEARCH_QUERY: UrlQuery<ExpertSearchQuery> = {
  parse: parseSearchQuery,
  params: searchQueryParams,
};

/** True when any filter other than the text, sort and page is set. */
export function hasFilters(query: ExpertSearchQuery): boolean {
  return (
    query.category !== '' ||
    query.language !== '' ||
    query.channel !== '' ||
    query.maxRate !== null ||
    query.minRating !== null ||
    query.online
  );
}

function positiveInteger(value: string | null): number | null {
  if (value === null || !/^\d{1,15}$/.test(value.trim())) {
    return null;
  }
  const n = Number(value.trim());
  return n > 0 ? n : null;
}

function rating(value: string | null): number | null {
  if (value === null || !/^\d(?:\.\d{1,2})?$/.test(value.trim())) {
    return null;
  }
  const n = Number(value.trim());
  return n > 0 && n <= 5 ? n : null;
}
