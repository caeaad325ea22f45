import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import { distinctUntilChanged, filter } from 'rxjs';

import { isMonth, monthOf, reportCsvName } from '../../../core/cost-centres/cost-centre.model';
import { CostCentresService } from '../../../core/cost-centres/cost-centres.service';
import { loadEachQuery } from '../../../core/http/load-each-query';
import { LanguageService } from '../../../core/i18n/language.service';
import { CLOCK } from '../../../core/time/clock';
import { MoneyPipe } from '../../../shared/experts/expert-pipes';
import { CsvButton, CsvError, csvDownload } from '../../../shared/ui/csv-download/csv-download';
import { DataTable, TableColumn } from '../../../shared/ui/data-table/data-table';
import { DateTimePipe } from '../../../shared/ui/date-time';
import { Icon } from '../../../shared/ui/icon/icon';
import { Loaded } from '../../../shared/ui/load-view/load-templates';
import { LoadView } from '../../../shared/ui/load-view/load-view';
import { StateBox } from '../../../shared/ui/state-box/state-box';
import { ReportCharts } from './report-charts';
import { monthName } from './report-data';

const PEOPLE_COLUMNS: readonly TableColumn[] = [
  'ccReport.person',
  { key: 'ccReport.sessions', numeric: true },
  { key: 'ccReport.minutes', numeric: true },
  { key: 'ccReport.amount', numeric: true },
];
const EXPERT_COLUMNS: readonly TableColumn[] = [
  'ccReport.expert',
  { key: 'ccReport.sessions', numeric: true },
  { key: 'ccReport.minutes', numeric: true },
  { key: 'ccReport.amount', numeric: true },
];
const LINE_COLUMNS: readonly TableColumn[] = [
  'ccReport.started',
  'ccReport.person',
  'ccReport.expert',
  'ccReport.channel',
  { key: 'ccReport.minutes', numeric: true },
  { key: 'ccReport.amount', numeric: true },
];

/**
 * A cost centre's monthly report (`GET …/report?month=`): a month picker (the current month
 * first), the totals, charts of spending per day and per person, and tables per person, per
 * expert and per session; "Download CSV" fetches the same report as a file (with the bearer
 * token). Administrators see it on the centre's page, approvers at `/cost-centres/:code/report`
 * (a 403 for others shows as the error).
 */
@Component({
  selector: 'app-cost-centre-report',
  imports: [
    TranslatePipe,
    Icon,
    MoneyPipe,
    DateTimePipe,
    DataTable,
    LoadView,
    Loaded,
    CsvButton,
    CsvError,
    StateBox,
    ReportCharts,
  ],
  templateUrl: './cost-centre-report.html',
  styleUrl: './cost-centre-report.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CostCentreReportView {
  private readonly api = inject(CostCentresService);

  readonly code = input.required<string>();
  /** The month to show first ("YYYY-MM"); this browser's current month when absent. */
  readonly initialMonth = input<string | null>(null);

  protected readonly lang = inject(LanguageService).lang;
  protected readonly peopleColumns = PEOPLE_COLUMNS;
  protected readonly expertColumns = EXPERT_COLUMNS;
  protected readonly lineColumns = LINE_COLUMNS;
  private readonly thisMonth = monthOf(inject(CLOCK)());
  private readonly picked = signal<string | null>(null);
  protected readonly month = computed(() => {
    const initial = this.initialMonth();
    return this.picked() ?? (isMonth(initial) ? initial : this.thisMonth);
  });
  protected readonly monthLabel = computed(() => monthName(this.month(), this.lang()));
  private readonly query = computed(() => ({ code: this.code(), month: this.month() }));
  protected readonly report = loadEachQuery(
    toObservable(this.query).pipe(
      filter((q) => q.code !== ''),
      distinctUntilChanged((a, b) => a.code === b.code && a.month === b.month),
    ),
    { load: ({ code, month }) => this.api.report(code, month) },
  );
  /** "Download CSV": the month's report as a file (with the bearer token). */
  protected readonly csv = csvDownload({
    request: () => this.api.reportCsv(this.query().code, this.query().month),
    fileName: () => reportCsvName(this.query().code, this.query().month),
    unsupportedKey: 'ccReport.csvUnsupported',
  });

  protected pickMonth(value: string): void {
    if (isMonth(value)) {
      this.picked.set(value);
    }
  }

  /** What is left of the budget (never below zero). */
  protected left(budget: number, spent: number): number {
    return Math.max(0, budget - spent);
  }
}
