import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { debounceTime, interval, map, merge, startWith } from 'rxjs';

import { loadEachQuery } from '../../../core/http/load-each-query';
import { localized } from '../../../core/experts/localized';
import { LanguageService } from '../../../core/i18n/language.service';
import { Lang } from '../../../core/i18n/languages';
import {
  OPS_FIGURES_TIMING,
  OperationsFigures,
} from '../../../core/operations/admin-operations.model';
import { AdminOperationsService } from '../../../core/operations/admin-operations.service';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import { CLOCK, injectNow, timeOf } from '../../../core/time/clock';
import { DataTable, TableColumn } from '../../../shared/ui/data-table/data-table';
import { DateTimePipe } from '../../../shared/ui/date-time';
import { Icon } from '../../../shared/ui/icon/icon';
import { LoadFailure } from '../../../shared/ui/load-view/load-failure';
import { StateBox } from '../../../shared/ui/state-box/state-box';

const COLUMNS: readonly TableColumn[] = [
  'adminSessions.ops.category',
  { key: 'adminSessions.ops.online', numeric: true },
];

/** "12 seconds ago", "3 minutes ago", "hace 2 horas". */
export function timeAgo(ms: number, lang: Lang): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
  if (seconds < 60) {
    return format.format(-seconds, 'second');
  }
  if (seconds < 3600) {
    return format.format(-Math.floor(seconds / 60), 'minute');
  }
  return format.format(-Math.floor(seconds / 3600), 'hour');
}

/**
 * "Right now" of the operations console (`GET /api/admin/operations`): connected users, experts
 * online (and per category), requests waiting, active sessions, the last billing sweep (how long
 * ago, how long it took, what it charged, healthy or not) and whether the database is ready. Read
 * again every 15 seconds while shown, after `ops.session` frames (once they settle) and after a
 * reconnection; a failed refresh keeps the last figures and says so.
 */
@Component({
  selector: 'app-ops-figures',
  imports: [TranslatePipe, DateTimePipe, Icon, DataTable, LoadFailure, StateBox],
  templateUrl: './ops-figures.html',
  styleUrl: './ops-figures.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OpsFigures {
  private readonly api = inject(AdminOperationsService);
  private readonly realtime = inject(RealtimeService);
  private readonly clock = inject(CLOCK);
  private readonly timing = inject(OPS_FIGURES_TIMING);
  private readonly now = injectNow();

  protected readonly lang = inject(LanguageService).lang;
  protected readonly columns = COLUMNS;

  /** When (this browser's clock) the figures shown arrived. */
  private readonly receivedAt = signal(0);
  protected readonly figures = loadEachQuery(
    merge(
      interval(this.timing.periodMs),
      this.realtime.on('ops.session').pipe(debounceTime(this.timing.debounceMs)),
      this.realtime.reconnected$,
    ).pipe(
      map(() => null),
      startWith(null),
    ),
    {
      load: () => this.api.figures(),
      onResult: () => this.receivedAt.set(this.clock()),
    },
  );

  /**
   * How long ago the last sweep ran: its age when the server answered, plus the time since (both
   * measured by one clock each, so neither clock's error matters).
   */
  protected readonly sweepAgo = computed(() => {
    const f = this.figures.result();
    const ran = timeOf(f?.billingSweep?.lastRunAt);
    const checked = timeOf(f?.checkedAt);
    if (!f || Number.isNaN(ran)) {
      return null;
    }
    const age = Number.isNaN(checked) ? 0 : checked - ran;
    return timeAgo(age + Math.max(0, this.now() - this.receivedAt()), this.lang());
  });

  protected categoryName(category: OperationsFigures['expertsOnlineByCategory'][number]): string {
    return localized(category.name, this.lang()) || category.slug;
  }
}
