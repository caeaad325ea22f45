import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { BehaviorSubject, Subscription, combineLatest, filter } from 'rxjs';

import { DeskQueueEntry, DeskRequest, KeyedText, waitedText } from '../../../core/desk/desk.model';
import { DeskService } from '../../../core/desk/desk.service';
import { Channel } from '../../../core/experts/expert.model';
import { UserMessage, toUserMessage } from '../../../core/http/problem';
import { LanguageService } from '../../../core/i18n/language.service';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import { injectNow, timeOf } from '../../../core/time/clock';
import { formatDateTime } from '../../../shared/ui/date-time';
import { Icon, IconName } from '../../../shared/ui/icon/icon';
import { LoadFailure } from '../../../shared/ui/load-view/load-failure';
import { PageNotice } from '../../../shared/ui/notice/page-notice';
import { StateBox } from '../../../shared/ui/state-box/state-box';

/** One category's queue: loading, its waiting requests, "not verified for it" (403) or an error. */
export type QueueState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly waiting: readonly DeskQueueEntry[] }
  | { readonly status: 'forbidden' }
  | { readonly status: 'error'; readonly error: UserMessage };

/** Why a pick did not start a session. */
type PickNotice =
  | { readonly kind: 'taken'; readonly detail?: string }
  | { readonly kind: 'funds'; readonly detail?: string }
  | { readonly kind: 'error'; readonly error: UserMessage };

const CHANNEL_ICONS: Record<Channel, IconName> = { CHAT: 'chat', AUDIO: 'audio', VIDEO: 'video' };

/** How often "waiting for N min" is brought up to date. */
const SINCE_TICK_MS = 15_000;

/**
 * One of the expert's categories at the desk: `GET /api/desk/queue?category=`, then every
 * `desk.queue` frame of the category (read again after each (re)connection). Pick starts the
 * session and opens its room; a 409 (someone else was faster, or the client left) and a 402 (the
 * client cannot pay: the request ended) are said above the list, which is read again.
 */
@Component({
  selector: 'app-desk-queue-category',
  imports: [TranslatePipe, Icon, LoadFailure, PageNotice, StateBox],
  templateUrl: './desk-queue-category.html',
  styleUrl: './desk-queue-category.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeskQueueCategory {
  private readonly api = inject(DeskService);
  private readonly realtime = inject(RealtimeService);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly reload$ = new BehaviorSubject<void>(undefined);
  private readonly now = injectNow(SINCE_TICK_MS);
  private loading?: Subscription;
  /** Bumped by every live frame, so that an answer asked for before it is not shown over it. */
  private version = 0;

  /** Category slug. */
  readonly slug = input.required<string>();
  /** Its name in the UI language (the slug when unknown). */
  readonly name = input.required<string>();

  protected readonly lang = inject(LanguageService).lang;
  protected readonly state = signal<QueueState>({ status: 'loading' });
  protected readonly picking = signal<string | null>(null);
  protected readonly notice = signal<PickNotice | null>(null);
  protected readonly headingId = computed(() => `desk-queue-${this.slug()}-title`);
  protected readonly count = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.waiting.length : null;
  });

  constructor() {
    combineLatest([toObservable(this.slug), this.reload$])
      .pipe(takeUntilDestroyed())
      .subscribe(([slug]) => this.load(slug, true));

    this.realtime
      .on('desk.queue')
      .pipe(
        filter((event) => event.category === this.slug() && Array.isArray(event.waiting)),
        takeUntilDestroyed(),
      )
      .subscribe((event) => {
        this.version++;
        this.state.set({ status: 'ready', waiting: ordered(event.waiting) });
      });

    // Whatever changed while the connection was down is read again.
    this.realtime.connected$.pipe(takeUntilDestroyed()).subscribe(() => this.refresh());
  }

  protected retry(): void {
    this.reload$.next();
  }

  protected pick(entry: DeskQueueEntry): void {
    if (this.picking() !== null) {
      return;
    }
    this.picking.set(entry.id);
    this.notice.set(null);
    this.api
      .pick(entry.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (pick) => void this.router.navigate(['/sessions', pick.sessionId]),
        error: (error: unknown) => {
          this.picking.set(null);
          const message = toUserMessage(error);
          const status = error instanceof HttpErrorResponse ? error.status : 0;
          if (status === 409) {
            this.notice.set({ kind: 'taken', detail: message.text });
          } else if (status === 402) {
            this.notice.set({ kind: 'funds', detail: message.text });
          } else {
            this.notice.set({ kind: 'error', error: message });
          }
          if (status === 409 || status === 402) {
            this.refresh(); // the request left the queue: show the queue as it is now
          }
        },
      });
  }

  protected channelIcon(channel: Channel): IconName {
    return CHANNEL_ICONS[channel] ?? 'chat';
  }

  protected waited(entry: DeskQueueEntry): KeyedText {
    return waitedText(this.now() + this.realtime.serverOffsetMs() - timeOf(entry.createdAt));
  }

  protected dateTime(iso: string): string {
    return formatDateTime(iso, this.lang());
  }

  /** Reads the queue again without a spinner (a failed or forbidden one shows its spinner). */
  private refresh(): void {
    this.load(this.slug(), this.state().status !== 'ready');
  }

  private load(slug: string, spinner: boolean): void {
    this.loading?.unsubscribe();
    if (spinner) {
      this.state.set({ status: 'loading' });
    }
    const version = this.version;
    this.loading = this.api
      .queue(slug)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (requests) => {
          if (version === this.version) {
            this.state.set({ status: 'ready', waiting: ordered(requests.map(toEntry)) });
          }
        },
        error: (error: unknown) => {
          if (version !== this.version && this.state().status === 'ready') {
            return; // a live frame already says what the queue holds
          }
          if (error instanceof HttpErrorResponse && error.status === 403) {
            this.state.set({ status: 'forbidden' });
          } else if (spinner || this.state().status !== 'ready') {
            this.state.set({ status: 'error', error: toUserMessage(error) });
          }
        },
      });
  }
}

function toEntry(request: DeskRequest, index: number): DeskQueueEntry {
  return {
    id: request.id,
    position: request.position ?? index + 1,
    clientName: request.clientName,
    channel: request.channel,
    description: request.description,
    createdAt: request.createdAt,
    expiresAt: request.expiresAt,
  };
}

/** First come first: by position, then by arrival. */
function ordered(entries: readonly DeskQueueEntry[]): DeskQueueEntry[] {
  return [...entries].sort(
    (a, b) => a.position - b.position || timeOf(a.createdAt) - timeOf(b.createdAt),
  );
}
