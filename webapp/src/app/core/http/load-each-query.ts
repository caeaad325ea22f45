import { Signal, WritableSignal, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  BehaviorSubject,
  Observable,
  catchError,
  combineLatest,
  map,
  of,
  switchMap,
  tap,
} from 'rxjs';

import { UserMessage, toUserMessage } from './problem';

/**
 * Data a screen loads and loads again (another query, a retry), as signals: what
 * `app-load-view` shows as loading, error or the result.
 */
export interface Loadable<R> {
  /** The last answer, kept while the next one loads and after a failure; null before the first. */
  readonly result: Signal<R | null>;
  readonly loading: Signal<boolean>;
  /** Why the last load failed; null while loading and once one succeeded. */
  readonly error: Signal<UserMessage | null>;
  /** Loads the current query again (the retry button). */
  reload(): void;
}

/** A {@link Loadable} whose result the screen may change in place (a row updated or removed). */
export interface QueryLoad<R> extends Loadable<R> {
  readonly result: WritableSignal<R | null>;
}

export interface LoadEachOptions<Q, R> {
  readonly load: (query: Q) => Observable<R>;
  /** Runs for each query before it loads (e.g. to put it back into the search box). */
  readonly onQuery?: (query: Q) => void;
  /** Runs for each answer, once `result` holds it. */
  readonly onResult?: (result: R) => void;
}

/**
 * Loads `load(query)` for every query `query$` emits and for every `reload()`, the newest
 * winning (an older answer still on its way is dropped). Call it in an injection context: it
 * stops when the component is destroyed.
 */
export function loadEachQuery<Q, R>(
  query$: Observable<Q>,
  options: LoadEachOptions<Q, R>,
): QueryLoad<R> {
  const reload$ = new BehaviorSubject<void>(undefined);
  const result = signal<R | null>(null);
  const loading = signal(true);
  const error = signal<UserMessage | null>(null);

  combineLatest([query$, reload$])
    .pipe(
      tap(([query]) => {
        options.onQuery?.(query);
        loading.set(true);
        error.set(null);
      }),
      switchMap(([query]) =>
        options.load(query).pipe(
          map((value) => ({ ok: true as const, value })),
          catchError((failure: unknown) =>
            of({ ok: false as const, message: toUserMessage(failure) }),
          ),
        ),
      ),
      takeUntilDestroyed(),
    )
    .subscribe((answer) => {
      loading.set(false);
      if (answer.ok) {
        result.set(answer.value);
        options.onResult?.(answer.value);
      } else {
        error.set(answer.message);
      }
    });

  return {
    result,
    loading: loading.asReadonly(),
    error: error.asReadonly(),
    reload: () => reload$.next(),
  };
}
