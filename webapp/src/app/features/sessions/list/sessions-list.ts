import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { filter } from 'rxjs';

import { AuthService } from '../../../core/auth/auth.service';
import { urlList } from '../../../core/http/url-list';
import { LanguageService } from '../../../core/i18n/language.service';
import { isSessionEvent } from '../../../core/realtime/realtime.model';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import {
  SESSION_STATES,
  Session,
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
import { ListEmpty, Loaded } from '../../../shared/ui/load-view/load-templates';
import { PagedList } from '../../../shared/ui/paged-list/paged-list';
import { SESSIONS_QUERY } from './sessions-query';
import { FilterSelect, keyedOptions } from '../../../shared/forms/filter-select';
import { PageHero } from '../../../shared/ui/page-hero/page-hero';

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
  imports: [
    PageHero,
    FilterSelect,
    RouterLink,
    TranslatePipe,
    Icon,
    ExpertAvatar,
    SessionStateBadge,
    PagedList,
    ListEmpty,
    Loaded,
  ],
  templateUrl: './sessions-list.html',
  styleUrl: './sessions-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class SessionsList {
  private readonly api = inject(SessionsService);
  private readonly auth = inject(AuthService);
  private readonly realtime = inject(RealtimeService);
  private readonly language = inject(LanguageService);

  protected readonly stateOptions = keyedOptions(SESSION_STATES, 'sessionStates.');
  protected readonly icons = CHANNEL_ICONS;
  protected readonly isClient = computed(() => this.auth.role() === 'CLIENT');
  /** The sessions: state filter and page in the URL. */
  protected readonly list = urlList({
    ...SESSIONS_QUERY,
    load: (query) => this.api.list(query),
  });
  protected readonly query = this.list.query;
  protected readonly loading = this.list.loading;

  private readonly dateFormat = computed(
    () =>
      new Intl.DateTimeFormat(this.language.lang(), { dateStyle: 'medium', timeStyle: 'short' }),
  );
  protected readonly rows = computed<Row[]>(() => {
    const me = this.auth.user()?.id;
    const format = this.dateFormat();
    return (this.list.result()?.items ?? []).map((session) => {
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
    this.realtime.messages$
      .pipe(filter(isSessionEvent), takeUntilDestroyed())
      .subscribe(({ session }) => this.onSessionEvent(session));
    this.realtime.reconnected$.pipe(takeUntilDestroyed()).subscribe(() => this.refresh());
  }

  protected filterState(value: string): void {
    this.list.go({ state: isSessionState(value) ? value : '', page: 0 });
  }

  protected clearFilter(): void {
    this.list.go({ state: '', page: 0 });
  }

  /** A shown session changed: update its row; a new one on the first page: reload. */
  private onSessionEvent(session: Session): void {
    const page = this.list.result();
    if (!page) {
      return;
    }
    if (page.items.some((s) => s.id === session.id)) {
      this.list.result.set({
        ...page,
        items: page.items.map((s) => (s.id === session.id ? mergeSession(s, session) : s)),
      });
    } else if (page.page === 0 && !this.list.loading()) {
      this.refresh();
    }
  }

  private refresh(): void {
    if (this.list.result() !== null && !this.list.loading()) {
      this.list.reload();
    }
  }
}
