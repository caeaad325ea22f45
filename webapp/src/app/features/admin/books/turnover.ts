import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

import { isIsoDate } from '../../../core/billing/billing.model';
import {
  TURNOVER_PERIODS,
  Turnover,
  TurnoverQuery,
  isTurnoverPeriod,
} from '../../../core/books/admin-books.model';
import { AdminBooksService } from '../../../core/books/admin-books.service';
import { CURRENCIES } from '../../../core/experts/money';
import { loadEachQuery } from '../../../core/http/load-each-query';
import { LanguageService } from '../../../core/i18n/language.service';
import { CLOCK } from '../../../core/time/clock';
import { MoneyPipe } from '../../../shared/experts/expert-pipes';
import { DateRangeChange, FilterDateRange } from '../../../shared/forms/filter-date';
import { FilterOption, FilterSelect, keyedOptions } from '../../../shared/forms/filter-select';
import { DataTable, TableColumn } from '../../../shared/ui/data-table/data-table';
import { Icon } from '../../../shared/ui/icon/icon';
import { Loaded } from '../../../shared/ui/load-view/load-templates';
import { LoadView } from '../../../shared/ui/load-view/load-view';
import { StateBox } from '../../../shared/ui/state-box/state-box';
import { TurnoverChart } from './turnover-chart';
import { formatDay, lastTwelveMonths, periodLabel } from './turnover-data';

const COLUMNS: readonly TableColumn[] = [
  'adminBooks.turnover.periodCol',
  { key: 'adminBooks.turnover.charges', numeric: true },
  { key: 'adminBooks.turnover.turnover', numeric: true },
  { key: 'adminBooks.turnover.commission', numeric: true },
  { key: 'adminBooks.turnover.expertEarnings', numeric: true },
];

/**
 * "Commission and turnover" of `/admin/books`: per day, week or month between two dates (the last
 * twelve months at first), in one currency (the server's default unless picked): a bar chart of
 * the turnover and the commission, and the same figures in a table with the charges, the experts'
 * earnings and the totals.
 */
@Component({
  selector: 'app-turnover',
  imports: [
    TranslatePipe,
    MoneyPipe,
    FilterDateRange,
    FilterSelect,
    DataTable,
    Icon,
    LoadView,
    Loaded,
    StateBox,
    TurnoverChart,
  ],
  templateUrl: './turnover.html',
  styleUrl: './turnover.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TurnoverSection {
  private readonly api = inject(AdminBooksService);
  private readonly translate = inject(TranslateService);

  protected readonly lang = inject(LanguageService).lang;
  protected readonly columns = COLUMNS;
  protected readonly periodOptions = keyedOptions(TURNOVER_PERIODS, 'adminBooks.turnover.periods.');
  protected readonly currencyOptions: FilterOption[] = CURRENCIES.map((c) => ({
    value: c,
    label: c,
  }));

  protected readonly query = signal<TurnoverQuery>({
    period: 'month',
    ...lastTwelveMonths(inject(CLOCK)()),
    currency: '',
  });
  protected readonly turnover = loadEachQuery(toObservable(this.query), {
    load: (query) => this.api.turnover(query),
  });

  /** The periods' labels, in the order of the rows. */
  protected readonly labels = computed(() => {
    const t = this.turnover.result();
    const lang = this.lang();
    return t ? t.rows.map((row) => periodLabel(row, t.period, lang)) : [];
  });
  /** The chart's dataset names (follow the language). */
  protected readonly names = computed<readonly [string, string]>(() => {
    this.lang();
    return [
      this.translate.instant('adminBooks.turnover.turnover'),
      this.translate.instant('adminBooks.turnover.commission'),
    ];
  });

  protected readonly day = formatDay;

  protected setPeriod(value: string): void {
    if (isTurnoverPeriod(value)) {
      this.query.update((q) => ({ ...q, period: value }));
    }
  }

  protected setDate(change: DateRangeChange): void {
    const [end, date] = 'from' in change ? ['from', change.from] : ['to', change.to];
    this.query.update((q) => ({ ...q, [end]: isIsoDate(date) ? date : '' }));
  }

  protected setCurrency(value: string): void {
    this.query.update((q) => ({ ...q, currency: CURRENCIES.includes(value) ? value : '' }));
  }

  protected isEmpty(t: Turnover): boolean {
    return t.rows.length === 0;
  }
}
