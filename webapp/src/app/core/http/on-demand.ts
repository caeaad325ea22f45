import { DestroyRef, Signal, WritableSignal, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Observable } from 'rxjs';

import { UserMessage, toUserMessage } from './problem';

/** A request a button starts (verify, check, download), as signals for the button and its error. */
export interface OnDemand {
  /** Under way: the button waits (a second press does nothing). */
  readonly running: Signal<boolean>;
  /** Why the last run failed; null while running, once one succeeded, or once dismissed. */
  readonly error: WritableSignal<UserMessage | null>;
  /** Sends the request, unless one is under way. */
  run(): void;
}

export interface OnDemandOptions<T> {
  readonly request: () => Observable<T>;
  /** Runs with the answer, once `running` is false again. */
  readonly next: (value: T) => void;
}

/**
 * Sends `request()` each time `run()` is called, one at a time; `next` takes the answer, `error`
 * the failure. Call it in an injection context: a request still on its way stops with the
 * component.
 */
export function onDemand<T>(options: OnDemandOptions<T>): OnDemand {
  const destroyRef = inject(DestroyRef);
  const running = signal(false);
  const error = signal<UserMessage | null>(null);

  const run = (): void => {
    if (running()) {
      return;
    }
    running.set(true);
    error.set(null);
    options
      .request()
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe({
        next: (value) => {
          running.set(false);
          options.next(value);
        },
        error: (failure: unknown) => {
          running.set(false);
          error.set(toUserMessage(failure));
        },
      });
  };
  return { running: running.asReadonly(), error, run };
}
