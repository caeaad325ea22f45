import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  inject,
  input,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  ChartConfiguration,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { BaseChartDirective, provideCharts } from 'ng2-charts';

import { CostCentreReport } from '../../../core/cost-centres/cost-centre.model';
import { formatMoney } from '../../../core/experts/money';
import { Lang } from '../../../core/i18n/languages';
import { MoneyPipe } from '../../../shared/experts/expert-pipes';
import { DataTable } from '../../../shared/ui/data-table/data-table';
import { dailySpending, monthName } from './report-data';

/** Colours of the people's slices (the first is the theme's primary colour when it can be read). */
const PALETTE = ['#4f46e5', '#0ea5e9', '#10b981', '#f59e0b', '#ef4444', '#8b5cf6', '#64748b'];

/**
 * The report's two charts (Chart.js through ng2-charts, only the parts they use registered):
 * spending per day of the month (bars) and per person (a doughnut). Each canvas is an image with
 * a label; its numbers are in tables: the days in one under the chart, the people in the page's
 * per-person table.
 */
@Component({
  selector: 'app-report-charts',
  imports: [BaseChartDirective, TranslatePipe, MoneyPipe, DataTable],
  providers: [
    provideCharts({
      registerables: [
        BarController,
        BarElement,
        CategoryScale,
        LinearScale,
        DoughnutController,
        ArcElement,
        Tooltip,
        Legend,
      ],
    }),
  ],
  template: `
    @let r = report();
    <section class="card chart" aria-labelledby="report-days-title">
      <h3 id="report-days-title">{{ 'ccReport.byDay' | translate }}</h3>
      <div class="chart__box">
        <canvas
          baseChart
          role="img"
          data-testid="report-chart-days"
          type="bar"
          [attr.aria-label]="'ccReport.chartDaysLabel' | translate: { month: month() }"
          [data]="daysData()"
          [options]="moneyOptions()"
          [legend]="false"
        ></canvas>
      </div>
      <details class="chart__table">
        <summary>{{ 'ccReport.showTable' | translate }}</summary>
        <table
          class="data-table"
          appDataTable
          caption="ccReport.byDay"
          [columns]="['ccReport.day', { key: 'ccReport.amount', numeric: true }]"
        >
          <tbody>
            @for (d of days(); track d.date) {
              @if (d.amount > 0) {
                <tr data-testid="report-day-row" [attr.data-date]="d.date">
                  <th scope="row" [attr.data-label]="'ccReport.day' | translate">{{ d.label }}</th>
                  <td class="data-table__num" [attr.data-label]="'ccReport.amount' | translate">
                    {{ d.amount | money: r.currency : lang() }}
                  </td>
                </tr>
              }
            }
          </tbody>
        </table>
      </details>
    </section>
    <section class="card chart" aria-labelledby="report-people-title">
      <h3 id="report-people-title">{{ 'ccReport.byPerson' | translate }}</h3>
      <div class="chart__box chart__box--round">
        <canvas
          baseChart
          role="img"
          data-testid="report-chart-people"
          type="doughnut"
          [attr.aria-label]="'ccReport.chartPeopleLabel' | translate: { month: month() }"
          [data]="peopleData()"
          [options]="doughnutOptions()"
        ></canvas>
      </div>
    </section>
  `,
  styles: `
    :host {
      display: grid;
      gap: var(--space-4);
      @media (min-width: 60rem) {
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      }
    }
    .chart {
      display: grid;
      gap: var(--space-3);
      align-content: start;
      min-inline-size: 0;
      h3 {
        margin: 0;
        font-size: var(--text-lg);
      }
    }
    .chart__box {
      position: relative;
      block-size: 16rem;
    }
    .chart__table summary {
      cursor: pointer;
      color: var(--color-primary);
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportCharts {
  private readonly document = inject(DOCUMENT);

  readonly report = input.required<CostCentreReport>();
  readonly lang = input.required<Lang>();

  protected readonly month = computed(() => monthName(this.report().month, this.lang()));
  protected readonly days = computed(() => dailySpending(this.report(), this.lang()));
  private readonly primary = this.cssColour('--color-primary', PALETTE[0]);

  protected readonly daysData = computed<ChartConfiguration<'bar'>['data']>(() => ({
    labels: this.days().map((d) => d.label),
    datasets: [
      {
        label: this.report().name,
        data: this.days().map((d) => d.amount),
        backgroundColor: this.primary,
        borderRadius: 4,
      },
    ],
  }));
  protected readonly peopleData = computed<ChartConfiguration<'doughnut'>['data']>(() => {
    const people = this.report().people;
    return {
      labels: people.map((p) => p.name),
      datasets: [
        {
          data: people.map((p) => p.amount),
          backgroundColor: people.map((_, i) => (i === 0 ? this.primary : PALETTE[i % 7])),
        },
      ],
    };
  });
  /** Axis ticks and tooltips as money (the data are minor units). */
  protected readonly moneyOptions = computed<ChartConfiguration<'bar'>['options']>(() => {
    const money = this.moneyFormat();
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: this.animation(),
      scales: { y: { beginAtZero: true, ticks: { callback: (value) => money(Number(value)) } } },
      plugins: { tooltip: { callbacks: { label: (item) => money(Number(item.raw)) } } },
    };
  });
  protected readonly doughnutOptions = computed<ChartConfiguration<'doughnut'>['options']>(() => {
    const money = this.moneyFormat();
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: this.animation(),
      plugins: {
        legend: { position: 'bottom' },
        tooltip: { callbacks: { label: (item) => `${item.label}: ${money(Number(item.raw))}` } },
      },
    };
  });

  /** No growing bars for people who asked their system for less motion. */
  private animation(): false | undefined {
    const reduce = this.document.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    return reduce ? false : undefined;
  }

  private moneyFormat(): (minor: number) => string {
    const currency = this.report().currency;
    const lang = this.lang();
    return (minor) => formatMoney(minor, currency, lang);
  }

  /** A colour of the theme (canvas cannot use CSS variables), else `fallback`. */
  private cssColour(name: string, fallback: string): string {
    const root = this.document.documentElement;
    const value = this.document.defaultView?.getComputedStyle(root).getPropertyValue(name).trim();
    return value || fallback;
  }
}
