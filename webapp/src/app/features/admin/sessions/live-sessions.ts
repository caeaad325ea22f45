import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, of } from 'rxjs';

import { Loadable, loadEachQuery } from '../../../core/http/load-each-query';
import { PageOf } from '../../../core/http/paging';
import { LanguageService } from '../../../core/i18n/language.service';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import {
  AdminSessionView,
  LIVE_SESSIONS_LIMIT,
  connectionsOf,
  isAdminSessionView,
} from '../../../core/sessions/admin-sessions.model';
import { AdminSessionsService } from '../../../core/sessions/admin-sessions.service';
import { Session, isOpenState, mergeSession } from '../../../core/sessions/session.model';
import { formatClock, injectNow, timeOf } from '../../../core/time/clock';
import { MoneyPipe } from '../../../shared/experts/expert-pipes';
import { CHANNEL_ICONS } from '../../../shared/experts/expert-rates';
import { DataTable, TableColumn } from '../../../shared/ui/data-table/data-table';
import { DateTimePipe, TimeOfDayPipe } from '../../../shared/ui/date-time';
import { Icon } from '../../../shared/ui/icon/icon';
import { Loaded } from '../../../shared/ui/load-view/load-templates';
import { LoadView } from '../../../shared/ui/load-view/load-view';
import { PageNotice } from '../../../shared/ui/notice/page-notice';
import { StateBox } from '../../../shared/ui/state-box/state-box';
import { EndSessionDialog } from './end-session-dialog';

const COLUMNS: readonly TableColumn[] = [
  'roles.CLIENT',
  'roles.EXPERT',
  'adminSessions.list.channel',
  { key: 'sessions.list.duration', numeric: true },
  { key: 'adminSessions.live.billed', numeric: true },
  'adminSessions.live.payer',
  { key: 'adminSessions.live.actions', hidden: true },
];

/** Every live session at once: the API's largest page of ACTIVE ones. */
const LIVE_QUERY = {
  state: 'ACTIVE',
  channel: '',
  expertId: '',
  clientId: '',
  from: '',
  to: '',
  page: 0,
  size: LIVE_SESSIONS_LIMIT,
} as const;

/** Newest start first (then by id, so that rows never swap places). */
function byStartDesc(a: AdminSessionView, b: AdminSessionView): number {
  const diff = (timeOf(b.session.startedAt) || 0) - (timeOf(a.session.startedAt) || 0);
  return diff !== 0 ? diff : a.session.id.localeCompare(b.session.id);
}

/**
 * "Live now" of the operations console: the ACTIVE sessions (`GET /api/admin/sessions?state=ACTIVE`),
 * then kept current by `ops.session` frames: a row is added or updated while its session is
 * ACTIVE and removed once it is not (a session seen over never comes back, whatever the order the
 * frames arrive in; frames that arrive while the list loads are applied over its answer). Each row
 * shows the participants and their connection, the channel, the time since the start (ticking),
 * what was billed so far, who pays and "End" (the reason dialog). Read again after a reconnection.
 */
@Component({
  selector: 'app-live-sessions',
  imports: [
    NgTemplateOutlet,
    TranslatePipe,
    MoneyPipe,
    DateTimePipe,
    TimeOfDayPipe,
    Icon,
    DataTable,
    LoadView,
    Loaded,
    StateBox,
    PageNotice,
    EndSessionDialog,
  ],
  templateUrl: './live-sessions.html',
  styleUrl: './live-sessions.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LiveSessions {
  private readonly api = inject(AdminSessionsService);
  private readonly realtime = inject(RealtimeService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly now = injectNow();
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  /** An administrator ended a session here (the ended session). */
  readonly ended = output<Session>();

  protected readonly lang = inject(LanguageService).lang;
  protected readonly columns = COLUMNS;
  protected readonly icons = CHANNEL_ICONS;

  /** The live sessions by id. */
  private readonly byId = signal<ReadonlyMap<string, AdminSessionView>>(new Map());
  /** Sessions seen in a final state: a late frame of theirs never brings them back. */
  private readonly over = new Set<string>();
  /** Frames received while the list loads, applied over its answer. */
  private sinceLoad: AdminSessionView[] = [];
  /** How many sessions were live when more than the first page were. */
  protected readonly liveTotal = signal<number | null>(null);

  private readonly load = loadEachQuery(of(LIVE_QUERY), {
    load: (query) => {
      this.sinceLoad = [];
      return this.api.list(query);
    },
    onResult: (page) => this.fromAnswer(page),
  });
  protected readonly rows = computed(() => [...this.byId().values()].sort(byStartDesc));
  /** The rows as `app-load-view` shows them: loading, error with retry, or the rows. */
  protected readonly live: Loadable<AdminSessionView[]> = {
    result: computed(() => (this.load.result() === null ? null : this.rows())),
    loading: this.load.loading,
    error: this.load.error,
    reload: () => this.load.reload(),
  };

  /** The session the end dialog is open for. */
  protected readonly ending = signal<Session | null>(null);
  protected readonly endingGone = computed(() => {
    const session = this.ending();
    return session !== null && !this.byId().has(session.id);
  });
  /** "The session of … has ended." */
  protected readonly notice = signal<{ client: string; expert: string } | null>(null);
  /** The End button that opened the dialog (focus goes back to it, or to the heading). */
  private trigger: HTMLElement | null = null;

  constructor() {
    this.realtime
      .on('ops.session')
      .pipe(filter(isAdminSessionView), takeUntilDestroyed())
      .subscribe((view) => this.apply(view));
    // Whatever changed while the connection was down (or before it was up) is read again.
    this.realtime.connected$.pipe(takeUntilDestroyed()).subscribe(() => this.load.reload());
  }

  protected elapsed(session: Session): string {
    const started = timeOf(session.startedAt);
    return formatClock(this.now() + this.realtime.serverOffsetMs() - started, { pad: true });
  }

  protected awaySince(view: AdminSessionView, side: 'client' | 'expert'): string | null {
    const connections = connectionsOf(view);
    return side === 'client' ? connections.clientAwaySince : connections.expertAwaySince;
  }

  protected askEnd(session: Session, event: Event): void {
    this.notice.set(null);
    this.trigger = event.currentTarget as HTMLElement | null;
    this.ending.set(session);
  }

  protected cancelEnd(): void {
    this.closeDialog();
  }

  protected onEnded(session: Session): void {
    this.apply({ session, connections: { clientAwaySince: null, expertAwaySince: null } });
    this.notice.set({ client: session.client.displayName, expert: session.expert.displayName });
    this.closeDialog();
    this.ended.emit(session);
  }

  /** Closes the dialog; focus goes back to its End button, or to the heading once the row is gone. */
  private closeDialog(): void {
    this.ending.set(null);
    const trigger = this.trigger;
    this.trigger = null;
    afterNextRender(
      {
        write: () => {
          const active = this.document.activeElement;
          const lost = !active || active === this.document.body || !active.isConnected;
          if (!trigger?.isConnected && lost) {
            this.heading().nativeElement.focus();
          }
        },
      },
      { injector: this.injector },
    );
  }

  /** A frame or an answer of ours: the row follows the session while ACTIVE, and goes after. */
  private apply(view: AdminSessionView): void {
    if (this.load.loading()) {
      this.sinceLoad.push(view);
    }
    this.byId.update((rows) => this.applied(rows, view));
  }

  private applied(
    rows: ReadonlyMap<string, AdminSessionView>,
    view: AdminSessionView,
  ): ReadonlyMap<string, AdminSessionView> {
    const { id, state } = view.session;
    if (state !== 'ACTIVE') {
      if (!isOpenState(state)) {
        this.over.add(id);
      }
      if (!rows.has(id)) {
        return rows;
      }
      const next = new Map(rows);
      next.delete(id);
      return next;
    }
    if (this.over.has(id)) {
      return rows;
    }
    const before = rows.get(id);
    return new Map(rows).set(id, {
      session: mergeSession(before?.session, view.session),
      connections: connectionsOf(view),
    });
  }

  /** The list's answer, with the frames that arrived meanwhile applied over it. */
  private fromAnswer(page: PageOf<AdminSessionView>): void {
    let rows: ReadonlyMap<string, AdminSessionView> = new Map();
    for (const item of page.items) {
      if (isAdminSessionView(item)) {
        rows = this.applied(rows, item);
      }
    }
    for (const view of this.sinceLoad) {
      rows = this.applied(rows, view);
    }
    this.sinceLoad = [];
    this.byId.set(rows);
    this.liveTotal.set(page.total > page.items.length ? page.total : null);
  }
}
