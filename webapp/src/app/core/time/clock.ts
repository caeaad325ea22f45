import { DestroyRef, InjectionToken, Signal, inject, signal } from '@angular/core';

/** The current time in ms since the epoch; replaced in tests. */
export const CLOCK = new InjectionToken<() => number>('CLOCK', {
  providedIn: 'root',
  factory: () => () => Date.now(),
});

/**
 * A signal with the current time (from {@link CLOCK}), refreshed every `periodMs` until the
 * injection context (component, service) is destroyed. Call in an injection context.
 */
export function injectNow(periodMs = 1000): Signal<number> {
  const clock = inject(CLOCK);
  const now = signal(clock());
  const timer = setInterval(() => now.set(clock()), periodMs);
  inject(DestroyRef).onDestroy(() => clearInterval(timer));
  return now.asReadonly();
}

/** Milliseconds from an ISO-8601 timestamp (NaN when invalid or missing). */
export function timeOf(iso: string | null | undefined): number {
  return iso ? Date.parse(iso) : Number.NaN;
}

/**
 * A duration as a clock: "m:ss" under an hour ("0:07", "12:34"), "h:mm:ss" from one hour on.
 * Negative or invalid durations show as "0:00". Whole seconds are rounded down, or up with `ceil`
 * (countdowns: "0:01" until the very end).
 */
export function formatClock(ms: number, options: { ceil?: boolean; pad?: boolean } = {}): string {
  const safe = Number.isFinite(ms) && ms > 0 ? ms : 0;
  const total = options.ceil ? Math.ceil(safe / 1000) : Math.floor(safe / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  if (hours > 0) {
    return `${hours}:${String(minutes).padStart(2, '0')}:${ss}`;
  }
  return `${options.pad ? String(minutes).padStart(2, '0') : minutes}:${ss}`;
}
