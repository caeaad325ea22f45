import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, ParamMap, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { BehaviorSubject, filter, map } from 'rxjs';

import { AuthService } from '../../../core/auth/auth.service';
import { Page } from '../../../core/experts/expert.model';
import { pagingOf } from '../../../core/http/paging';
import { loadEachQuery } from '../../../core/http/load-each-query';
import { UserMessage } from '../../../core/http/problem';
import { LanguageService } from '../../../core/i18n/language.service';
import { isSessionEvent } from '../../../core/realtime/realtime.model';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import {
  SESSION_STATES,
  Session,
  SessionQuery,
  SessionState,
  isSessionState,
  mergeSession,
  otherParty,
  sideOf,
} from '../../../core/sessions/session.model';
import { SessionsService } from '../../../core/sessions/sessions.service';
import { formatClock, timeOf } from '../../../core/time/clock';
import { ExpertAvatar } from '../../../shared/experts/expert-avatar';
import { CHANNEL_ICONS } from '../../../shared/experts/expert-rates';
import { SessionStateBadge } from '../../../shared/sessions/session-state-badge';
import { Icon } from '../../../shared/ui/icon/icon';

/** One row: the session seen from the signed-in user's side. */
interface Row {
  session: Session;
  other: { name: string; avatarUrl: string | null; roleKey: string };
  requestedAt: string;
  duration: string | null;
}

/**
 * `/sessions`: the signed-in user's consultations, newest first, filtered by state and paged
 * (`?state=&page=`, page 0-based like the API). Rows follow the `session.*` events live.
 */
@Component({
  selector: 'app-sessions-list',
  imports: [RouterLink, TranslatePipe, Icon, ExpertAvatar, SessionStateBadge],
  templateUrl: './sessions-list.html',
  styleUrl: './sessions-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class SessionsList {
  private readonly api = inject(SessionsService);
  private readonly auth = inject(AuthService);
  private readonly realtime = inject(RealtimeService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly reload$ = new BehaviorSubject<void>(undefined);

  protected readonly states = SESSION_STATES;
  protected readonly icons = CHANNEL_ICONS;
  protected readonly isClient = computed(() => this.auth.role() === 'CLIENT');
  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(parseQuery)), {
    initialValue: parseQuery(this.route.snapshot.queryParamMap),
  });
  protected readonly result = signal<Page<Session> | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<UserMessage | null>(null);

  private readonly paging = pagingOf(this.result);
  protected readonly pages = this.paging.pages;
  protected readonly range = this.paging.range;
  protected readonly hasPrev = this.paging.hasPrev;
  protected readonly hasNext = this.paging.hasNext;

  private readonly dateFormat = computed(
    () =>
      new Intl.DateTimeFormat(this.language.lang(), { dateStyle: 'medium', timeStyle: 'short' }),
  );
  protected readonly rows = computed<Row[]>(() => {
    const me = this.auth.user()?.id;
    const format = this.dateFormat();
    return (this.result()?.items ?? []).map((session) => {
      const side = sideOf(session, me) ?? 'client';
      const other = otherParty(session, side);
      const requested = timeOf(session.requestedAt);
      const started = timeOf(session.startedAt);
      const ended = timeOf(session.endedAt);
      return {
        session,
        other: {
          name: other.displayName,
          avatarUrl: other.avatarUrl ?? null,
          roleKey: side === 'client' ? 'roles.EXPERT' : 'roles.CLIENT',
        },
        requestedAt: Number.isNaN(requested) ? '' : format.format(requested),
        duration:
          Number.isNaN(started) || Number.isNaN(ended)
            ? null
            : formatClock(ended - started, { pad: true }),
      };
    });
  });

  constructor() {
    loadEachQuery({
      query$: this.route.queryParamMap.pipe(map(parseQuery)),
      reload$: this.reload$,
      load: (query) => this.api.list(query),
      loading: this.loading,
      error: this.loadError,
      onPage: (page) => {
        if (page) {
          this.result.set(page);
        }
      },
    });

    this.realtime.messages$
      .pipe(filter(isSessionEvent), takeUntilDestroyed())
      .subscribe(({ session }) => this.onSessionEvent(session));
    this.realtime.reconnected$.pipe(takeUntilDestroyed()).subscribe(() => this.refresh());
  }

  protected retry(): void {
    this.reload$.next();
  }

  protected filterState(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.go({ state: isSessionState(value) ? value : '', page: 0 });
  }

  protected clearFilter(): void {
    this.go({ state: '', page: 0 });
  }

  protected goToPage(page: number): void {
    this.go({ page: Math.max(0, page) });
  }

  /** A shown session changed: update its row; a new one on the first page: reload. */
  private onSessionEvent(session: Session): void {
    const page = this.result();
    if (!page) {
      return;
    }
    if (page.items.some((s) => s.id === session.id)) {
      this.result.set({
        ...page,
        items: page.items.map((s) => (s.id === session.id ? mergeSession(s, session) : s)),
      });
    } else if (page.page === 0 && !this.loading()) {
      this.refresh();
    }
  }

  private refresh(): void {
    if (this.result() !== null && !this.loading()) {
      this.reload$.next();
    }
  }

  private go(change: Partial<SessionQuery>): void {
    const next = { ...this.query(), ...change };
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { state: next.state || null, page: next.page > 0 ? next.page : null },
    });
  }
}

function parseQuery(params: ParamMap): SessionQuery {
  const state = params.get('state') ?? '';
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    state: isSessionState(state) ? (state as SessionState) : '',
    page: Number.isFinite(page) && page > 0 ? page : 0,
  };
}
