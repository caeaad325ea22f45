import { HttpErrorResponse } from '@angular/common/http';
import { Observable, catchError, map, of, startWith } from 'rxjs';

import { UserMessage, toUserMessage } from './problem';

/** What a screen shows for data it loads: a spinner, the data, "not found" or an error. */
export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'notFound' }
  | { readonly status: 'error'; readonly error: UserMessage };

export const LOADING: LoadState<never> = { status: 'loading' };

/**
 * Turns a request into load states: `loading` first, then `ready` or `error` (or `notFound` for a
 * 404 when `notFound` is set). Never errors itself.
 */
export function toLoadState<T>(
  request: Observable<T>,
  options: { notFound?: boolean } = {},
): Observable<LoadState<T>> {
  return request.pipe(
    map((value): LoadState<T> => ({ status: 'ready', value })),
    catchError((error: unknown) =>
      of<LoadState<T>>(
        options.notFound && error instanceof HttpErrorResponse && error.status === 404
          ? { status: 'notFound' }
          : { status: 'error', error: toUserMessage(error) },
      ),
    ),
    startWith<LoadState<T>>(LOADING),
  );
}

/** The value of a `ready` state, else undefined. */
export function valueOf<T>(state: LoadState<T>): T | undefined {
  return state.status === 'ready' ? state.value : undefined;
}
