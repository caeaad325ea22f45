import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { ClientDashboard as ClientFigures } from '../../core/dashboards/dashboard.model';
import { DashboardService } from '../../core/dashboards/dashboard.service';
import { loadEachQuery } from '../../core/http/load-each-query';
import { LanguageService } from '../../core/i18n/language.service';
import {
  bars,
  injectChartOptions,
  injectDashboardText,
  moneyAxis,
} from '../../shared/dashboards/chart-kit';
import { DashboardChart } from '../../shared/dashboards/dashboard-chart';
import { FigurePipe, monthLabel } from '../../shared/dashboards/dashboard-format';
import { DashboardChartsTemplate, DashboardFrame } from '../../shared/dashboards/dashboard-frame';
import { DashboardKpi, kpi, sessionKpis } from '../../shared/dashboards/dashboard-kpis';
import { injectDashboardPeriod } from '../../shared/dashboards/dashboard-url';
import { MoneyPipe } from '../../shared/experts/expert-pipes';
import { TableColumn } from '../../shared/ui/data-table/data-table';

const T = 'dashboards.client.';

const KPIS: readonly DashboardKpi<ClientFigures>[] = [
  ...sessionKpis(T),
  kpi('dashboard-spent', T + 'spent', 'money', (f) => f.totals.spent, { icon: 'wallet' }),
];

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
    DashboardFrame,
    DashboardChartsTemplate,
    DashboardChart,
  ],
  templateUrl: './client-dashboard.html',
  styleUrl: '../../shared/dashboards/dashboard-content.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientDashboard {
  private readonly api = inject(DashboardService);
  private readonly chart = injectChartOptions();

  protected readonly lang = inject(LanguageService).lang;
  /** A text of this dashboard (the charts' names follow the language). */
  protected readonly text = injectDashboardText(T, this.lang);
  protected readonly period = injectDashboardPeriod('client');
  protected readonly figures = loadEachQuery(this.period.query$, {
    load: (query) => this.api.client(query),
  });
  protected readonly kpis = KPIS;
  protected readonly isEmpty = (f: ClientFigures): boolean => f.totals.sessions === 0;
  protected readonly monthColumns = figures('month');
  protected readonly expertColumns = figures('expert');
  protected readonly month = monthLabel;

  protected readonly monthsData = computed(() => {
    const months = this.figures.result()?.months ?? [];
    const lang = this.lang();
    return {
      labels: months.map((m) => monthLabel(m.month, lang)),
      datasets: [bars(this.text('spent'), 0, months, (m) => m.spent)],
    };
  });
  protected readonly expertsData = computed(() => {
    const experts = this.figures.result()?.experts ?? [];
    return {
      labels: experts.map((e) => e.name),
      datasets: [bars(this.text('spent'), 3, experts, (e) => e.spent)],
    };
  });
  private readonly money = computed(() =>
    moneyAxis(this.figures.result()?.currency ?? 'EUR', this.lang()),
  );
  protected readonly monthsOptions = computed(() => this.chart({ value: this.money() }));
  protected readonly expertsOptions = computed(() =>
    this.chart({ value: this.money(), horizontal: true }),
  );
}
