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
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { BehaviorSubject, Subscription, combineLatest, filter, switchMap } from 'rxjs';

import { AuthService } from '../../../core/auth/auth.service';
import { LOADING, LoadState, toLoadState, valueOf } from '../../../core/http/load-state';
import { UserMessage, toUserMessage } from '../../../core/http/problem';
import { isSessionEvent } from '../../../core/realtime/realtime.model';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import { Session, hasCall, mergeSession, sideOf } from '../../../core/sessions/session.model';
import { SessionAction, SessionsService } from '../../../core/sessions/sessions.service';
import { Icon } from '../../../shared/ui/icon/icon';
import { StatusPage } from '../../../shared/ui/status-page/status-page';
import { CostMeter } from './billing/cost-meter';
import { Receipt } from './billing/receipt';
import { CallPanel } from './call/call-panel';
import { ChatPanel } from './chat/chat-panel';
import { EndedPanel } from './ended-panel';
import { RequestPanel } from './request-panel';
import { SessionReview } from './review/session-review';
import { RoomContext } from './room-context';
import { RoomHeader } from './room-header';
import { PageNotice } from '../../../shared/ui/notice/page-notice';
import { LoadFailure } from '../../../shared/ui/load-view/load-failure';
import { StateBox } from '../../../shared/ui/state-box/state-box';

/**
 * `/sessions/:id`: a consultation's room. Loads the session, then follows its `session.*` events
 * (and re-reads it after every (re)connection). REQUESTED: waiting / accept-decline; ACTIVE:
 * timer, End, the running cost, chat and (audio/video) the call; over: why, the receipt, the
 * review (the client rates, the expert replies), with the chat still readable.
 * `data-state` on the room always says the state it shows.
 */
@Component({
  selector: 'app-session-room',
  imports: [
    LoadFailure,
    StateBox,
    PageNotice,
    RouterLink,
    TranslatePipe,
    Icon,
    StatusPage,
    RoomHeader,
    RequestPanel,
    EndedPanel,
    ChatPanel,
    CallPanel,
    CostMeter,
    Receipt,
    SessionReview,
  ],
  providers: [RoomContext],
  templateUrl: './session-room.html',
  styleUrl: './session-room.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class SessionRoom {
  private readonly api = inject(SessionsService);
  private readonly auth = inject(AuthService);
  private readonly realtime = inject(RealtimeService);
  private readonly context = inject(RoomContext);
  private readonly destroyRef = inject(DestroyRef);
  private readonly reload$ = new BehaviorSubject<void>(undefined);
  private refreshing?: Subscription;

  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  protected readonly state = signal<LoadState<Session>>(LOADING);
  protected readonly session = computed(() => valueOf(this.state()));
  protected readonly side = computed(() => {
    const session = this.session();
    return session ? sideOf(session, this.auth.user()?.id) : null;
  });
  protected readonly withCall = computed(() => {
    const session = this.session();
    return !!session && hasCall(session.channel);
  });
  protected readonly busy = signal(false);
  protected readonly actionError = signal<UserMessage | null>(null);

  constructor() {
    combineLatest([toObservable(this.id), this.reload$])
      .pipe(
        switchMap(([id]) => toLoadState(this.api.get(id), { notFound: true })),
        takeUntilDestroyed(),
      )
      .subscribe((state) => {
        this.refreshing?.unsubscribe();
        this.setState(state);
      });

    this.realtime.messages$
      .pipe(
        filter(isSessionEvent),
        filter((event) => event.sessionId === this.id()),
        takeUntilDestroyed(),
      )
      .subscribe((event) => this.apply(event.session));

    // Whatever happened while the connection was down (or before it was up) is read again.
    this.realtime.connected$.pipe(takeUntilDestroyed()).subscribe(() => this.refresh());
  }

  protected retry(): void {
    this.actionError.set(null);
    this.reload$.next();
  }

  protected act(action: SessionAction): void {
    const session = this.session();
    if (!session || this.busy()) {
      return;
    }
    this.busy.set(true);
    this.actionError.set(null);
    this.api
      .act(session.id, action)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => {
          this.busy.set(false);
          this.apply(updated);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.actionError.set(toUserMessage(error));
          if (error instanceof HttpErrorResponse && error.status === 409) {
            this.refresh(); // the state moved on: show where it is now
          }
        },
      });
  }

  private apply(incoming: Session): void {
    const current = this.session();
    if (current && current.id !== incoming.id) {
      return;
    }
    if (current && incoming.state !== current.state) {
      this.actionError.set(null);
    }
    this.setState({ status: 'ready', value: mergeSession(current, incoming) });
  }

  /** Quietly reads the session again (no spinner); a load that failed is retried instead. */
  private refresh(): void {
    const state = this.state();
    if (state.status === 'error') {
      this.reload$.next();
      return;
    }
    if (state.status !== 'ready') {
      return;
    }
    this.refreshing?.unsubscribe();
    this.refreshing = this.api
      .get(state.value.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (session) => this.apply(session), error: () => undefined });
  }

  private setState(state: LoadState<Session>): void {
    this.state.set(state);
    this.context.session.set(valueOf(state) ?? null);
  }
}
