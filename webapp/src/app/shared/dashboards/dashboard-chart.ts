import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import {
  BarController,
  BarElement,
  CategoryScale,
  ChartData,
  ChartOptions,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';
import { BaseChartDirective, provideCharts } from 'ng2-charts';

import { DataTable, TableColumn } from '../ui/data-table/data-table';

/** The chart types the dashboards draw. */
export type DashboardChartType = 'bar' | 'line';

/**
 * One chart of a dashboard, in a card (Chart.js through ng2-charts, only the parts the dashboards
 * use registered): its heading, the canvas (an image labelled by a summary of what it shows, which
 * clips until Chart.js redraws for a narrower box) and, in a `<details>` open at first, a table
 * with the same figures, which screen readers reach: captioned by the heading, with `columns`,
 * and the projected `<tbody>`.
 *
 * ```html
 * <app-dashboard-chart chartId="admin-minutes" titleKey="…" [label]="…" type="bar" [data]="…" [options]="…" [columns]="…">
 *   <tbody>…</tbody>
 * </app-dashboard-chart>
 * ```
 */
@Component({
  selector: 'app-dashboard-chart',
  imports: [BaseChartDirective, TranslatePipe, DataTable],
  providers: [
    provideCharts({
      registerables: [
        BarController,
        BarElement,
        LineController,
        LineElement,
        PointElement,
        CategoryScale,
        LinearScale,
        Tooltip,
        Legend,
      ],
    }),
  ],
  template: `
    <section class="card chart" [attr.aria-labelledby]="chartId() + '-title'">
      <h2 class="chart__title" [id]="chartId() + '-title'">{{ titleKey() | translate }}</h2>
      <div class="chart__box" [class.chart__box--tall]="tall()">
        <canvas
          baseChart
          role="img"
          [attr.data-testid]="chartId() + '-chart'"
          [attr.aria-label]="label()"
          [type]="type()"
          [data]="$any(data())"
          [options]="$any(options())"
        ></canvas>
      </div>
      <details class="chart__table" open>
        <summary>{{ 'dashboards.figures' | translate }}</summary>
        <!-- a table wider than the card scrolls: focusable, so keyboard users can scroll it too -->
        <div
          class="chart__scroll"
          tabindex="0"
          role="region"
          [attr.aria-label]="titleKey() | translate"
        >
          <table
            class="data-table"
            appDataTable
            [attr.data-testid]="tableTestId()"
            [caption]="titleKey()"
            [columns]="columns()"
          >
            <ng-content />
          </table>
        </div>
      </details>
    </section>
  `,
  styles: `
    :host {
      display: block;
      min-inline-size: 0;
    }
    .chart {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--space-3);
      align-content: start;
      min-inline-size: 0;
      padding: var(--space-4);
    }
    .chart__title {
      margin: 0;
      font-size: var(--text-lg);
    }
    .chart__box {
      position: relative;
      block-size: 16rem;
      min-inline-size: 0;
      overflow: hidden;
    }
    .chart__box--tall {
      block-size: 20rem;
    }
    .chart__table summary {
      cursor: pointer;
      color: var(--color-primary);
      font-weight: 600;
    }
    .chart__scroll {
      max-inline-size: 100%;
      overflow-x: auto;
      margin-block-start: var(--space-3);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardChart {
  /** Prefix of the heading's id and of the canvas' test id (`<chartId>-chart`). */
  readonly chartId = input.required<string>();
  /** Translation key of the heading. */
  readonly titleKey = input.required<string>();
  /** What the chart shows, for screen readers (already translated). */
  readonly label = input.required<string>();
  readonly type = input.required<DashboardChartType>();
  readonly data = input.required<ChartData<DashboardChartType>>();
  readonly options = input.required<ChartOptions<DashboardChartType>>();
  /** The columns of the table with the figures (its rows: the projected `<tbody>`). */
  readonly columns = input.required<readonly TableColumn[]>();
  /** Test id of the table, if any. */
  readonly tableTestId = input<string>();
  /** A taller box (e.g. ten horizontal bars). */
  readonly tall = input(false);
}
