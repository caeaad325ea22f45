import { WritableSignal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Observable, catchError, combineLatest, map, of, switchMap, tap } from 'rxjs';

import { UserMessage, toUserMessage } from './problem';

/** What {@link loadEachQuery} needs: where queries come from, how to load one, and where to report. */
export interface EachQueryLoad<Q, P> {
  /** The query of the page, usually parsed from the URL's query parameters. */
  readonly query$: Observable<Q>;
  /** Emits to load the current query again (it must have emitted once for the first load). */
  readonly reload$: Observable<unknown>;
  readonly load: (query: Q) => Observable<P>;
  readonly loading: WritableSignal<boolean>;
  readonly error: WritableSignal<UserMessage | null>;
  /** Runs for each query before it loads (e.g. to put it back in the form). */
  readonly onQuery?: (query: Q) => void;
  /** Each answer; null after a failed load. */
  readonly onPage: (page: P | null) => void;
}

/**
 * The lists whose query lives in the URL: loads again for every query and every reload, the newest
 * winning, with `loading` and `error` following each load. Call it in an injection context: it
 * stops when the component is destroyed.
 */
export function loadEachQuery<Q, P>(options: EachQueryLoad<Q, P>): void {
  combineLatest([options.query$, options.reload$])
    .pipe(
      tap(([query]) => {
        options.onQuery?.(query);
        options.loading.set(true);
        options.error.set(null);
      }),
      switchMap(([query]) =>
        options.load(query).pipe(
          map((page) => ({ page, error: null })),
          catchError((error: unknown) => of({ page: null, error: toUserMessage(error) })),
        ),
      ),
      takeUntilDestroyed(),
    )
    .subscribe(({ page, error }) => {
      options.loading.set(false);
      options.error.set(error);
      options.onPage(page);
    });
}
