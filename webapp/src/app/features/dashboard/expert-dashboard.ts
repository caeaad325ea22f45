import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

import { ExpertDashboard as ExpertFigures } from '../../core/dashboards/dashboard.model';
import { DashboardService } from '../../core/dashboards/dashboard.service';
import { formatMoney } from '../../core/experts/money';
import { loadEachQuery } from '../../core/http/load-each-query';
import { LanguageService } from '../../core/i18n/language.service';
import { CHART_COLOURS, chartOptions, prefersStill } from '../../shared/dashboards/chart-options';
import { DashboardChart } from '../../shared/dashboards/dashboard-chart';
import {
  FigurePipe,
  formatFigure,
  longDay,
  shortDay,
} from '../../shared/dashboards/dashboard-format';
import { DashboardPeriod } from '../../shared/dashboards/dashboard-period';
import { injectDashboardPeriod } from '../../shared/dashboards/dashboard-url';
import { MoneyPipe } from '../../shared/experts/expert-pipes';
import { DataTable, TableColumn } from '../../shared/ui/data-table/data-table';
import { Icon } from '../../shared/ui/icon/icon';
import { Loaded } from '../../shared/ui/load-view/load-templates';
import { LoadView } from '../../shared/ui/load-view/load-view';
import { PageHero } from '../../shared/ui/page-hero/page-hero';
import { StateBox } from '../../shared/ui/state-box/state-box';

const T = 'dashboards.expert.';

const WEEK_COLUMNS: readonly TableColumn[] = [
  T + 'week',
  { key: T + 'sessions', numeric: true },
  { key: T + 'minutes', numeric: true },
  { key: T + 'earnings', numeric: true },
];
const RATING_COLUMNS: readonly TableColumn[] = [
  T + 'week',
  { key: T + 'reviews', numeric: true },
  { key: T + 'weekAverage', numeric: true },
  { key: T + 'cumulative', numeric: true },
];

/**
 * The expert's dashboard (`/dashboard` for experts): sessions, minutes, earnings and average
 * rating over a period of ISO weeks (the last twelve at first; `?from=&to=` in the URL), the
 * earnings and minutes per week (bars and a line on a second axis) and the rating over time
 * (weekly average and all reviews so far), each with its table.
 */
@Component({
  selector: 'app-expert-dashboard',
  imports: [
    TranslatePipe,
    MoneyPipe,
    FigurePipe,
    DashboardChart,
    DashboardPeriod,
    DataTable,
    Icon,
    LoadView,
    Loaded,
    PageHero,
    StateBox,
  ],
  templateUrl: './expert-dashboard.html',
  styleUrl: '../../shared/dashboards/dashboard-layout.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExpertDashboard {
  private readonly api = inject(DashboardService);
  private readonly translate = inject(TranslateService);
  private readonly still = prefersStill(inject(DOCUMENT));

  protected readonly lang = inject(LanguageService).lang;
  protected readonly period = injectDashboardPeriod('expert');
  protected readonly figures = loadEachQuery(this.period.query$, {
    load: (query) => this.api.expert(query),
  });
  protected readonly weekColumns = WEEK_COLUMNS;
  protected readonly ratingColumns = RATING_COLUMNS;
  protected readonly day = longDay;

  private readonly labels = computed(() => {
    const lang = this.lang();
    return (this.figures.result()?.weeks ?? []).map((w) => shortDay(w.week, lang));
  });

  protected readonly earningsData = computed(() => {
    const weeks = this.figures.result()?.weeks ?? [];
    return {
      labels: this.labels(),
      datasets: [
        {
          type: 'bar' as const,
          label: this.text('earnings'),
          data: weeks.map((w) => w.earnings),
          backgroundColor: CHART_COLOURS[0],
          borderRadius: 4,
        },
        {
          type: 'line' as const,
          label: this.text('minutes'),
          data: weeks.map((w) => w.minutes),
          borderColor: CHART_COLOURS[2],
          backgroundColor: CHART_COLOURS[2],
          yAxisID: 'y1',
        },
      ],
    };
  });
  protected readonly earningsOptions = computed(() => {
    const currency = this.figures.result()?.currency ?? 'EUR';
    const lang = this.lang();
    return chartOptions({
      value: (v) => formatMoney(v, currency, lang),
      second: (v) => formatFigure(v, 'minutes', lang),
      still: this.still,
    });
  });

  protected readonly ratingData = computed(() => {
    const weeks = this.figures.result()?.weeks ?? [];
    return {
      labels: this.labels(),
      datasets: [
        {
          label: this.text('weekAverage'),
          data: weeks.map((w) => w.averageRating ?? null),
          borderColor: CHART_COLOURS[0],
          backgroundColor: CHART_COLOURS[0],
          spanGaps: true,
        },
        {
          label: this.text('cumulative'),
          data: weeks.map((w) => w.cumulativeRating ?? null),
          borderColor: CHART_COLOURS[1],
          backgroundColor: CHART_COLOURS[1],
          spanGaps: true,
        },
      ],
    };
  });
  protected readonly ratingOptions = computed(() => {
    const lang = this.lang();
    return chartOptions({
      value: (v) => formatFigure(v, 'rating', lang),
      min: 0,
      max: 5,
      still: this.still,
    });
  });

  protected isEmpty(f: ExpertFigures): boolean {
    return f.totals.sessions === 0 && f.totals.reviews === 0;
  }

  /** A text of this dashboard (the charts' names follow the language). */
  protected text(key: string, params?: Record<string, unknown>): string {
    this.lang();
    return this.translate.instant(T + key, params);
  }
}
