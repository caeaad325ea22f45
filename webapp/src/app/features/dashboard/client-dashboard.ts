import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

import { DashboardService } from '../../core/dashboards/dashboard.service';
import { formatMoney } from '../../core/experts/money';
import { loadEachQuery } from '../../core/http/load-each-query';
import { LanguageService } from '../../core/i18n/language.service';
import { CHART_COLOURS, chartOptions, prefersStill } from '../../shared/dashboards/chart-options';
import { DashboardChart } from '../../shared/dashboards/dashboard-chart';
import { FigurePipe, longDay, monthLabel } from '../../shared/dashboards/dashboard-format';
import { DashboardPeriod } from '../../shared/dashboards/dashboard-period';
import { injectDashboardPeriod } from '../../shared/dashboards/dashboard-url';
import { MoneyPipe } from '../../shared/experts/expert-pipes';
import { DataTable, TableColumn } from '../../shared/ui/data-table/data-table';
import { Icon } from '../../shared/ui/icon/icon';
import { Loaded } from '../../shared/ui/load-view/load-templates';
import { LoadView } from '../../shared/ui/load-view/load-view';
import { PageHero } from '../../shared/ui/page-hero/page-hero';
import { StateBox } from '../../shared/ui/state-box/state-box';

const T = 'dashboards.client.';

const figures = (first: string): readonly TableColumn[] => [
  T + first,
  { key: T + 'sessions', numeric: true },
  { key: T + 'minutes', numeric: true },
  { key: T + 'spent', numeric: true },
];

/**
 * The client's dashboard (`/dashboard` for clients and administrators): sessions, minutes and
 * money spent over a period of months (the last twelve at first; `?from=&to=` in the URL), per
 * month and per expert, as bar charts with their tables.
 */
@Component({
  selector: 'app-client-dashboard',
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
  templateUrl: './client-dashboard.html',
  styleUrl: '../../shared/dashboards/dashboard-layout.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientDashboard {
  private readonly api = inject(DashboardService);
  private readonly translate = inject(TranslateService);
  private readonly still = prefersStill(inject(DOCUMENT));

  protected readonly lang = inject(LanguageService).lang;
  protected readonly period = injectDashboardPeriod('client');
  protected readonly figures = loadEachQuery(this.period.query$, {
    load: (query) => this.api.client(query),
  });
  protected readonly monthColumns = figures('month');
  protected readonly expertColumns = figures('expert');
  protected readonly day = longDay;
  protected readonly month = monthLabel;

  protected readonly monthsData = computed(() => {
    const months = this.figures.result()?.months ?? [];
    const lang = this.lang();
    return {
      labels: months.map((m) => monthLabel(m.month, lang)),
      datasets: [
        {
          label: this.text('spent'),
          data: months.map((m) => m.spent),
          backgroundColor: CHART_COLOURS[0],
          borderRadius: 4,
        },
      ],
    };
  });
  protected readonly expertsData = computed(() => {
    const experts = this.figures.result()?.experts ?? [];
    return {
      labels: experts.map((e) => e.name),
      datasets: [
        {
          label: this.text('spent'),
          data: experts.map((e) => e.spent),
          backgroundColor: CHART_COLOURS[3],
          borderRadius: 4,
        },
      ],
    };
  });
  private readonly money = computed(() => {
    const currency = this.figures.result()?.currency ?? 'EUR';
    const lang = this.lang();
    return (minor: number) => formatMoney(minor, currency, lang);
  });
  protected readonly monthsOptions = computed(() =>
    chartOptions({ value: this.money(), still: this.still }),
  );
  protected readonly expertsOptions = computed(() =>
    chartOptions({ value: this.money(), horizontal: true, still: this.still }),
  );

  /** A text of this dashboard (the charts' names follow the language). */
  protected text(key: string, params?: Record<string, unknown>): string {
    this.lang();
    return this.translate.instant(T + key, params);
  }
}
