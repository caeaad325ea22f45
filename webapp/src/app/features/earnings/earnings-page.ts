import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { EarningSession } from '../../core/billing/billing.model';
import { BillingService } from '../../core/billing/billing.service';
import { Page } from '../../core/experts/expert.model';
import { PagedSource } from '../../core/http/paging';
import { urlList } from '../../core/http/url-list';
import { LanguageService } from '../../core/i18n/language.service';
import { formatClock, timeOf } from '../../core/time/clock';
import { MoneyPipe } from '../../shared/experts/expert-pipes';
import { CHANNEL_ICONS } from '../../shared/experts/expert-rates';
import { DataTable, TableColumn } from '../../shared/ui/data-table/data-table';
import { Icon } from '../../shared/ui/icon/icon';
import { ListEmpty, Loaded } from '../../shared/ui/load-view/load-templates';
import { PagedList } from '../../shared/ui/paged-list/paged-list';
import { EARNINGS_QUERY } from './earnings-query';
import { PageHero } from '../../shared/ui/page-hero/page-hero';

/** One row: a paid session with its date and duration ready to show. */
interface Row {
  session: EarningSession;
  date: string;
  duration: string | null;
}

/** The paid sessions table's columns. */
const COLUMNS: readonly TableColumn[] = [
  'earnings.date',
  'earnings.client',
  'earnings.channel',
  { key: 'earnings.duration', numeric: true },
  { key: 'earnings.paidMinutes', numeric: true },
  { key: 'earnings.earned', numeric: true },
];

/**
 * `/earnings` (EXPERT only): what is available and what was earned in all, and the paid sessions,
 * newest first, paged (`?page=`, 0-based like the API; `?currency=` picks another currency).
 */
@Component({
  selector: 'app-earnings-page',
  imports: [
    PageHero,
    RouterLink,
    TranslatePipe,
    Icon,
    MoneyPipe,
    PagedList,
    ListEmpty,
    Loaded,
    DataTable,
  ],
  templateUrl: './earnings-page.html',
  styleUrl: './earnings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class EarningsPage {
  private readonly api = inject(BillingService);
  private readonly language = inject(LanguageService);

  protected readonly lang = this.language.lang;
  protected readonly icons = CHANNEL_ICONS;
  /** The totals and a page of paid sessions: page (and currency) in the URL. */
  protected readonly list = urlList({
    ...EARNINGS_QUERY,
    load: (query) => this.api.earnings(query),
  });
  protected readonly loading = this.list.loading;
  protected readonly columns = COLUMNS;
  /** The totals, shown above the list once loaded (not over an error). */
  protected readonly totals = computed(() => (this.list.error() ? null : this.list.result()));
  /** The paid sessions: the list's page of them. */
  protected readonly sessions: PagedSource<Page<EarningSession>> = {
    ...this.list,
    result: computed(() => this.list.result()?.sessions ?? null),
  };

  private readonly dateFormat = computed(
    () =>
      new Intl.DateTimeFormat(this.language.lang(), { dateStyle: 'medium', timeStyle: 'short' }),
  );
  protected readonly rows = computed<Row[]>(() => {
    const format = this.dateFormat();
    return (this.sessions.result()?.items ?? []).map((session) => {
      const started = timeOf(session.startedAt);
      const ended = timeOf(session.endedAt);
      return {
        session,
        date: Number.isNaN(started) ? '' : format.format(started),
        duration:
          Number.isNaN(started) || Number.isNaN(ended)
            ? null
            : formatClock(ended - started, { pad: true }),
      };
    });
  });
}
