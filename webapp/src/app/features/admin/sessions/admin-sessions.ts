import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { Params, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { filter } from 'rxjs';

import { CHANNELS, isChannel } from '../../../core/experts/expert.model';
import { isFiltered, urlList } from '../../../core/http/url-list';
import { LanguageService } from '../../../core/i18n/language.service';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import {
  AdminSessionQuery,
  AdminSessionView,
  connectionsOf,
  isAdminSessionView,
  isUserId,
} from '../../../core/sessions/admin-sessions.model';
import { AdminSessionsService } from '../../../core/sessions/admin-sessions.service';
import {
  SESSION_STATES,
  Session,
  isOpenState,
  isSessionState,
  mergeSession,
} from '../../../core/sessions/session.model';
import { formatClock, injectNow, timeOf } from '../../../core/time/clock';
import { MoneyPipe } from '../../../shared/experts/expert-pipes';
import { DateRangeChange, FilterDateRange } from '../../../shared/forms/filter-date';
import { FilterSelect, keyedOptions } from '../../../shared/forms/filter-select';
import { FieldControl, FormField } from '../../../shared/forms/form-field';
import { FormMessage } from '../../../shared/forms/form-messages';
import { ListFilters } from '../../../shared/forms/list-filters';
import { endedMessageKey, endedMessageParams } from '../../../shared/sessions/ended-message';
import { SessionStateBadge } from '../../../shared/sessions/session-state-badge';
import { DataTable, TableColumn } from '../../../shared/ui/data-table/data-table';
import { DateTimePipe } from '../../../shared/ui/date-time';
import { ListEmpty, Loaded } from '../../../shared/ui/load-view/load-templates';
import { PageHero } from '../../../shared/ui/page-hero/page-hero';
import { FilteredEmpty } from '../../../shared/ui/paged-list/filtered-empty';
import { PagedList } from '../../../shared/ui/paged-list/paged-list';
import { ADMIN_SESSIONS_QUERY } from './admin-sessions-query';
import { LiveSessions } from './live-sessions';
import { OpsFigures } from './ops-figures';

const COLUMNS: readonly TableColumn[] = [
  'adminSessions.list.id',
  'sessions.list.filter',
  'adminSessions.list.channel',
  'roles.CLIENT',
  'roles.EXPERT',
  'adminSessions.list.requestedAt',
  { key: 'sessions.list.duration', numeric: true },
  { key: 'adminSessions.list.cost', numeric: true },
  'adminSessions.list.outcome',
];

type IdField = 'expertId' | 'clientId';

/** What the cost column shows: the receipt's total once settled, else the billing so far. */
interface CostCell {
  amount: number;
  currency: string;
  settled: boolean;
}

/**
 * `/admin/sessions`, the operations console's sessions: the live figures (`app-ops-figures`),
 * "Live now" (`app-live-sessions`, kept current by `ops.session` frames, with End), and "All
 * sessions" filtered by state, channel, expert and client ids and request dates, paged (all in the URL:
 * `?state=&channel=&expertId=&clientId=&from=&to=&page=`, page 0-based like the API). Rows shown
 * follow the frames too; a participant's name filters the list by them.
 */
@Component({
  selector: 'app-admin-sessions',
  imports: [
    PageHero,
    OpsFigures,
    LiveSessions,
    ListFilters,
    FilterDateRange,
    FilterSelect,
    FormField,
    FieldControl,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MoneyPipe,
    DateTimePipe,
    SessionStateBadge,
    PagedList,
    FilteredEmpty,
    DataTable,
    ListEmpty,
    Loaded,
  ],
  templateUrl: './admin-sessions.html',
  styleUrl: './admin-sessions.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AdminSessions {
  private readonly api = inject(AdminSessionsService);
  private readonly realtime = inject(RealtimeService);
  private readonly document = inject(DOCUMENT);
  private readonly now = injectNow();

  protected readonly lang = inject(LanguageService).lang;
  protected readonly columns = COLUMNS;
  protected readonly stateOptions = keyedOptions(SESSION_STATES, 'sessionStates.');
  protected readonly channelOptions = keyedOptions(CHANNELS, 'channels.');
  protected readonly ids = {
    expertId: new FormControl('', { nonNullable: true }),
    clientId: new FormControl('', { nonNullable: true }),
  };
  protected readonly idErrors = signal<Partial<Record<IdField, FormMessage>>>({});

  /** Every session: filters and page in the URL (the id boxes follow the URL). */
  protected readonly list = urlList({
    ...ADMIN_SESSIONS_QUERY,
    load: (query) => this.api.list(query),
    onQuery: (query) => this.syncIds(query),
  });
  protected readonly query = this.list.query;
  protected readonly loading = this.list.loading;
  protected readonly hasFilters = computed(() => isFiltered(this.query()));

  constructor() {
    this.realtime
      .on('ops.session')
      .pipe(filter(isAdminSessionView), takeUntilDestroyed())
      .subscribe((view) => this.update(view));
    this.realtime.reconnected$.pipe(takeUntilDestroyed()).subscribe(() => {
      if (this.list.result() !== null && !this.list.loading()) {
        this.list.reload();
      }
    });
  }

  protected filterState(value: string): void {
    this.go({ state: isSessionState(value) ? value : '' });
  }

  protected filterChannel(value: string): void {
    this.go({ channel: isChannel(value) ? value : '' });
  }

  protected filterDate(change: DateRangeChange): void {
    this.go(change);
  }

  /** Applies the ids typed (Enter or "Apply"); a malformed one is said, not sent. */
  protected apply(): void {
    const errors: Partial<Record<IdField, FormMessage>> = {};
    for (const field of ['expertId', 'clientId'] as const) {
      if (!this.idValid(field)) {
        errors[field] = { key: 'adminSessions.list.idInvalid' };
      }
    }
    this.idErrors.set(errors);
    if (Object.keys(errors).length > 0) {
      const first = errors.expertId ? 'expert' : 'client';
      this.document.getElementById(`admin-sessions-${first}-id`)?.focus();
      return;
    }
    this.go({});
  }

  protected idEdited(field: IdField): void {
    if (this.idErrors()[field]) {
      this.idErrors.update(({ [field]: _removed, ...rest }) => rest);
    }
  }

  protected clearFilters(): void {
    this.ids.expertId.setValue('');
    this.ids.clientId.setValue('');
    this.idErrors.set({});
    this.list.go({
      state: '',
      channel: '',
      expertId: '',
      clientId: '',
      from: '',
      to: '',
      page: 0,
    });
  }

  /** The query parameters of this list limited to one participant (their name's link). */
  protected only(change: Partial<AdminSessionQuery>): Params {
    return ADMIN_SESSIONS_QUERY.params({ ...this.query(), ...change, page: 0 });
  }

  protected shortId(id: string): string {
    return id.length > 8 ? `${id.slice(0, 8)}…` : id;
  }

  protected duration(session: Session): string {
    const started = timeOf(session.startedAt);
    if (Number.isNaN(started)) {
      return '—';
    }
    const ended = session.state === 'ACTIVE' ? this.now() : timeOf(session.endedAt);
    return Number.isNaN(ended) ? '—' : formatClock(ended - started, { pad: true });
  }

  protected cost(session: Session): CostCell | null {
    const settlement = session.settlement;
    if (settlement) {
      return { amount: settlement.total, currency: settlement.currency, settled: true };
    }
    const billing = session.billing;
    return billing ? { amount: billing.cost, currency: billing.currency, settled: false } : null;
  }

  /** Why a session is over, as the room tells an observer (with an administrator's note); null while open. */
  protected outcome(session: Session): { key: string; params: { note: string } } | null {
    return isOpenState(session.state)
      ? null
      : {
          key: `sessions.ended.reasons.${endedMessageKey(session, null)}`,
          params: endedMessageParams(session, ''),
        };
  }

  /** A shown session changed: its row follows. */
  private update(view: AdminSessionView): void {
    const page = this.list.result();
    if (!page?.items.some((item) => item.session.id === view.session.id)) {
      return;
    }
    this.list.result.set({
      ...page,
      items: page.items.map((item) =>
        item.session.id === view.session.id
          ? {
              session: mergeSession(item.session, view.session),
              connections: connectionsOf(view),
            }
          : item,
      ),
    });
  }

  /** Ended here: the row (if shown) says so at once. */
  protected onEnded(session: Session): void {
    this.update({ session, connections: { clientAwaySince: null, expertAwaySince: null } });
  }

  private idValid(field: IdField): boolean {
    const value = this.ids[field].value.trim();
    return value === '' || isUserId(value);
  }

  /** Navigates to the current query with `change` and the ids typed (when well-formed), page 0. */
  private go(change: Partial<AdminSessionQuery>): void {
    const typed: Partial<AdminSessionQuery> = {};
    for (const field of ['expertId', 'clientId'] as const) {
      if (this.idValid(field)) {
        typed[field] = this.ids[field].value.trim();
      }
    }
    this.list.go({ ...typed, ...change, page: 0 });
  }

  /** Puts the URL's ids into the boxes. */
  private syncIds(query: AdminSessionQuery): void {
    for (const field of ['expertId', 'clientId'] as const) {
      if (this.ids[field].value.trim() !== query[field]) {
        this.ids[field].setValue(query[field], { emitEvent: false });
      }
    }
    this.idErrors.set({});
  }
}
