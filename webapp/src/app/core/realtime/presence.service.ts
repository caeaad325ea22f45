import { DestroyRef, Injectable, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

import { Presence } from '../experts/expert.model';
import { MAX_WATCHED_EXPERTS } from './realtime.model';
import { RealtimeService } from './realtime.service';

const PRESENCES: readonly string[] = ['ONLINE', 'BUSY', 'OFFLINE'];

/** A set of experts one page (or panel) watches; {@link release} it when the page goes. */
export interface PresenceWatch {
  set(expertIds: readonly string[]): void;
  release(): void;
}

/**
 * Live presence of experts. Pages say which experts they show ({@link watch}); the union of
 * those ids is sent as `presence.watch` (the realtime service sends it again after each
 * reconnection), and `presence.changed` updates {@link of}. Signed out there is no socket and
 * nothing is known live: pages show the presence their REST data carries.
 */
@Injectable({ providedIn: 'root' })
export class PresenceService {
  private readonly realtime = inject(RealtimeService);
  private readonly watches = new Map<number, readonly string[]>();
  private readonly live = signal<ReadonlyMap<string, Presence>>(new Map());
  private watched: ReadonlySet<string> = new Set();
  private nextKey = 0;

  constructor() {
    this.realtime
      .on('presence.changed')
      .pipe(takeUntilDestroyed())
      .subscribe(({ expertId, presence }) => {
        if (this.watched.has(expertId) && PRESENCES.includes(presence)) {
          this.live.update((map) => new Map(map).set(expertId, presence));
        }
      });
    // Values go stale once the connection is gone for good (signed out).
    effect(() => {
      if (this.realtime.status() === 'closed') {
        untracked(() => this.live.set(new Map()));
      }
    });
  }

  /** The live presence of an expert, or undefined when it is not known live. */
  of(expertId: string): Presence | undefined {
    return this.live().get(expertId);
  }

  /** Starts a watch (empty until {@link PresenceWatch.set}). */
  watch(): PresenceWatch {
    const key = ++this.nextKey;
    return {
      set: (ids) => {
        this.watches.set(key, ids);
        this.sync();
      },
      release: () => {
        if (this.watches.delete(key)) {
          this.sync();
        }
      },
    };
  }

  private sync(): void {
    const union = new Set<string>();
    for (const ids of this.watches.values()) {
      for (const id of ids) {
        if (union.size < MAX_WATCHED_EXPERTS) {
          union.add(id);
        }
      }
    }
    if (union.size === this.watched.size && [...union].every((id) => this.watched.has(id))) {
      return;
    }
    this.watched = union;
    // Experts nobody watches any more are not updated: forget what was known about them.
    this.live.update((map) => new Map([...map].filter(([id]) => union.has(id))));
    this.realtime.watchPresence([...union]);
  }
}

/**
 * Watches the experts `ids()` returns for as long as the calling component lives. Call in an
 * injection context.
 */
export function watchPresence(ids: () => readonly string[]): void {
  const watch = inject(PresenceService).watch();
  effect(() => {
    const current = ids();
    untracked(() => watch.set(current));
  });
  inject(DestroyRef).onDestroy(() => watch.release());
}
