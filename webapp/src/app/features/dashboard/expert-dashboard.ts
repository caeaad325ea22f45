import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { ExpertDashboard as ExpertFigures } from '../../core/dashboards/dashboard.model';
import { DashboardService } from '../../core/dashboards/dashboard.service';
import { loadEachQuery } from '../../core/http/load-each-query';
import { LanguageService } from '../../core/i18n/language.service';
import {
  bars,
  figureAxis,
  injectChartOptions,
  injectDashboardText,
  line,
  moneyAxis,
} from '../../shared/dashboards/chart-kit';
import { DashboardChart } from '../../shared/dashboards/dashboard-chart';
import { FigurePipe, longDay, shortDay } from '../../shared/dashboards/dashboard-format';
import { DashboardChartsTemplate, DashboardFrame } from '../../shared/dashboards/dashboard-frame';
import { DashboardKpi, kpi, sessionKpis } from '../../shared/dashboards/dashboard-kpis';
import { injectDashboardPeriod } from '../../shared/dashboards/dashboard-url';
import { MoneyPipe } from '../../shared/experts/expert-pipes';
import { TableColumn } from '../../shared/ui/data-table/data-table';

const T = 'dashboards.expert.';

const KPIS: readonly DashboardKpi<ExpertFigures>[] = [
  ...sessionKpis(T),
  kpi('dashboard-earnings', T + 'earnings', 'money', (f) => f.totals.earnings, {
    icon: 'coins',
    main: true,
  }),
  kpi('dashboard-rating', T + 'rating', 'rating', (f) => f.totals.averageRating, { icon: 'star' }),
];

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
    DashboardFrame,
    DashboardChartsTemplate,
    DashboardChart,
  ],
  templateUrl: './expert-dashboard.html',
  styleUrl: '../../shared/dashboards/dashboard-content.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExpertDashboard {
  private readonly api = inject(DashboardService);
  private readonly chart = injectChartOptions();

  protected readonly lang = inject(LanguageService).lang;
  /** A text of this dashboard (the charts' names follow the language). */
  protected readonly text = injectDashboardText(T, this.lang);
  protected readonly period = injectDashboardPeriod('expert');
  protected readonly figures = loadEachQuery(this.period.query$, {
    load: (query) => this.api.expert(query),
  });
  protected readonly kpis = KPIS;
  protected readonly isEmpty = (f: ExpertFigures): boolean =>
    f.totals.sessions === 0 && f.totals.reviews === 0;
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
        bars(this.text('earnings'), 0, weeks, (w) => w.earnings, { type: 'bar' as const }),
        line(this.text('minutes'), 2, weeks, (w) => w.minutes, {
          type: 'line' as const,
          yAxisID: 'y1',
        }),
      ],
    };
  });
  protected readonly earningsOptions = computed(() => {
    const lang = this.lang();
    return this.chart({
      value: moneyAxis(this.figures.result()?.currency ?? 'EUR', lang),
      second: figureAxis('minutes', lang),
    });
  });

  protected readonly ratingData = computed(() => {
    const weeks = this.figures.result()?.weeks ?? [];
    return {
      labels: this.labels(),
      datasets: [
        line(this.text('weekAverage'), 0, weeks, (w) => w.averageRating ?? null, {
          spanGaps: true,
        }),
        line(this.text('cumulative'), 1, weeks, (w) => w.cumulativeRating ?? null, {
          spanGaps: true,
        }),
      ],
    };
  });
  protected readonly ratingOptions = computed(() =>
    this.chart({ value: figureAxis('rating', this.lang()), min: 0, max: 5 }),
  );
}
