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
  BarController,
  BarElement,
  CategoryScale,
  ChartConfiguration,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { BaseChartDirective, provideCharts } from 'ng2-charts';

import { Turnover } from '../../../core/books/admin-books.model';
import { formatMoney } from '../../../core/experts/money';
import { Lang } from '../../../core/i18n/languages';

/** Colours of the bars when the theme's cannot be read (turnover, commission). */
const FALLBACK = ['#4f46e5', '#10b981'];

/**
 * The turnover and the commission per period as bars (Chart.js through ng2-charts, set up like the
 * cost centre report's: only the parts used registered, money on the axis and in tooltips, no
 * animation for reduced motion). The canvas is an image with a label; its figures are in the
 * table under it.
 */
@Component({
  selector: 'app-turnover-chart',
  imports: [BaseChartDirective, TranslatePipe],
  providers: [
    provideCharts({
      registerables: [BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend],
    }),
  ],
  template: `
    <div class="chart__box">
      <canvas
        baseChart
        role="img"
        data-testid="turnover-chart"
        type="bar"
        [attr.aria-label]="
          'adminBooks.turnover.chartLabel'
            | translate: { period: ('adminBooks.turnover.per.' + turnover().period | translate) }
        "
        [data]="data()"
        [options]="options()"
      ></canvas>
    </div>
  `,
  styles: `
    :host {
      display: block;
      min-inline-size: 0;
    }
    .chart__box {
      position: relative;
      block-size: 16rem;
      overflow: hidden; /* until Chart.js redraws the canvas for a narrower box */
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TurnoverChart {
  private readonly document = inject(DOCUMENT);

  readonly turnover = input.required<Turnover>();
  /** The periods' labels, in the order of the rows. */
  readonly labels = input.required<readonly string[]>();
  /** The datasets' names (already translated): turnover, commission. */
  readonly names = input.required<readonly [string, string]>();
  readonly lang = input.required<Lang>();

  private readonly colours = [
    this.cssColour('--color-primary', FALLBACK[0]),
    this.cssColour('--color-success', FALLBACK[1]),
  ];

  protected readonly data = computed<ChartConfiguration<'bar'>['data']>(() => {
    const rows = this.turnover().rows;
    const [turnover, commission] = this.names();
    return {
      labels: [...this.labels()],
      datasets: [
        {
          label: turnover,
          data: rows.map((r) => r.turnover),
          backgroundColor: this.colours[0],
          borderRadius: 4,
        },
        {
          label: commission,
          data: rows.map((r) => r.commission),
          backgroundColor: this.colours[1],
          borderRadius: 4,
        },
      ],
    };
  });

  /** Axis ticks and tooltips as money (the data are minor units). */
  protected readonly options = computed<ChartConfiguration<'bar'>['options']>(() => {
    const currency = this.turnover().currency;
    const lang = this.lang();
    const money = (minor: number) => formatMoney(minor, currency, lang);
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: this.animation(),
      scales: { y: { beginAtZero: true, ticks: { callback: (value) => money(Number(value)) } } },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: { label: (item) => `${item.dataset.label}: ${money(Number(item.raw))}` },
        },
      },
    };
  });

  /** No growing bars for people who asked their system for less motion. */
  private animation(): false | undefined {
    const reduce = this.document.defaultView?.matchMedia?.(
      '(prefers-reduced-motion: reduce)',
    ).matches;
    return reduce ? false : undefined;
  }

  /** A colour of the theme (canvas cannot use CSS variables), else `fallback`. */
  private cssColour(name: string, fallback: string): string {
    const root = this.document.documentElement;
    const value = this.document.defaultView?.getComputedStyle(root).getPropertyValue(name).trim();
    return value || fallback;
  }
}
