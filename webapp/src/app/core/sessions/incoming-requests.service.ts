import { DestroyRef, Injectable, Injector, computed, effect, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { filter } from 'rxjs';

import { AuthService } from '../auth/auth.service';
import { isSessionEvent, SessionEventMessage } from '../realtime/realtime.model';
import { RealtimeService } from '../realtime/realtime.service';
import { CLOCK, timeOf } from '../time/clock';
import { AttentionService } from './attention.service';
import { Session } from './session.model';
import { SessionsService } from './sessions.service';

/** How many waiting requests are fetched when the connection (re)opens. */
const RESYNC_SIZE = 20;

/**
 * The requests waiting for the signed-in expert's answer, oldest first. Fed by
 * `session.requested` (with a beep and, if allowed, a desktop notification) and emptied by the
 * other `session.*` events of the same session; re-read from `GET /api/sessions?state=REQUESTED`
 * whenever the connection (re)opens, so that a reload or a dropped connection loses nothing.
 * Call {@link start} once (see `provideRealtime()`).
 */
@Injectable({ providedIn: 'root' })
export class IncomingRequestsService {
  private readonly realtime = inject(RealtimeService);
  private readonly auth = inject(AuthService);
  private readonly api = inject(SessionsService);
  private readonly attention = inject(AttentionService);
  private readonly translate = inject(TranslateService);
  private readonly clock = inject(CLOCK);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  private readonly queueSignal = signal<readonly Session[]>([]);
  private readonly me = computed(() =>
    this.auth.role() === 'EXPERT' ? (this.auth.user()?.id ?? null) : null,
  );
  private started = false;

  /** Requests waiting for an answer, oldest first. */
  readonly queue = this.queueSignal.asReadonly();

  start(): void {
    if (this.started) {
      return;
    }
    this.started = true;
    const events = this.realtime.messages$
      .pipe(filter(isSessionEvent))
      .subscribe((event) => this.onEvent(event));
    const connected = this.realtime.connected$.subscribe(() => this.resync());
    this.destroyRef.onDestroy(() => {
      events.unsubscribe();
      connected.unsubscribe();
    });
    // Another account (or none): its requests are not ours.
    effect(
      () => {
        this.me();
        this.queueSignal.set([]);
      },
      { injector: this.injector },
    );
  }

  /** Takes a request off the queue (answered, or dismissed after an error). */
  remove(sessionId: string): void {
    this.queueSignal.update((queue) => queue.filter((s) => s.id !== sessionId));
  }

  private onEvent(event: SessionEventMessage): void {
    if (event.type === 'session.requested' && this.isWaitingForMe(event.session)) {
      this.add([event.session]);
    } else {
      this.remove(event.sessionId);
    }
  }

  private resync(): void {
    if (this.me() === null) {
      return;
    }
    this.api.list({ state: 'REQUESTED', page: 0, size: RESYNC_SIZE }).subscribe({
      next: (page) => {
        const waiting = page.items.filter((s) => this.isWaitingForMe(s));
        const ids = new Set(waiting.map((s) => s.id));
        // Whatever was answered meanwhile has gone from the list.
        this.queueSignal.update((queue) => queue.filter((s) => ids.has(s.id)));
        this.add(waiting);
      },
      error: () => undefined, // the live events still work
    });
  }

  private add(sessions: readonly Session[]): void {
    const known = new Set(this.queueSignal().map((s) => s.id));
    const fresh = sessions.filter((s) => !known.has(s.id));
    const updated = new Map(sessions.map((s) => [s.id, s]));
    this.queueSignal.update((queue) =>
      [...queue.map((s) => updated.get(s.id) ?? s), ...fresh].sort(
        (a, b) => timeOf(a.requestedAt) - timeOf(b.requestedAt),
      ),
    );
    for (const session of fresh) {
      this.alert(session);
    }
  }

  private isWaitingForMe(session: Session): boolean {
    return (
      session.state === 'REQUESTED' &&
      session.expert.id === this.me() &&
      !(timeOf(session.expiresAt) <= this.clock() + this.realtime.serverOffsetMs())
    );
  }

  private alert(session: Session): void {
    this.attention.beep();
    const channel = this.translate.instant(`channels.${session.channel}`) as string;
    this.attention.notify(
      this.translate.instant('sessions.incoming.notificationTitle') as string,
      this.translate.instant('sessions.incoming.notificationBody', {
        name: session.client.displayName,
        channel,
      }) as string,
      `skillfast-session-${session.id}`,
    );
  }
}
