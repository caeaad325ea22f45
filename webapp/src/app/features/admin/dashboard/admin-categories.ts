import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  inject,
  input,
} from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

import { AdminDashboard } from '../../../core/dashboards/dashboard.model';
import { formatMoney } from '../../../core/experts/money';
import { Lang } from '../../../core/i18n/languages';
import {
  CHART_COLOURS,
  chartOptions,
  prefersStill,
} from '../../../shared/dashboards/chart-options';
import { DashboardChart } from '../../../shared/dashboards/dashboard-chart';
import { FigurePipe, formatFigure } from '../../../shared/dashboards/dashboard-format';
import { MoneyPipe } from '../../../shared/experts/expert-pipes';
import { DataTable, TableColumn } from '../../../shared/ui/data-table/data-table';

const COLUMNS: readonly TableColumn[] = [
  'adminDashboard.category',
  { key: 'adminDashboard.sessions', numeric: true },
  { key: 'adminDashboard.minutes', numeric: true },
  { key: 'adminDashboard.turnover', numeric: true },
  { key: 'adminDashboard.commission', numeric: true },
];

/**
 * The admin dashboard's categories (by turnover): the turnover (bars, money) and the sessions
 * (bars on a second axis) of each, and a table with their minutes and commission too.
 */
@Component({
  selector: 'app-admin-categories',
  imports: [TranslatePipe, MoneyPipe, FigurePipe, DashboardChart, DataTable],
  template: `
    @let f = figures();
    @let lng = lang();
    <app-dashboard-chart
      chartId="admin-categories"
      titleKey="adminDashboard.categoriesTitle"
      type="bar"
      [tall]="f.categories.length > 6"
      [label]="text('categoriesLabel', { count: f.categories.length })"
      [data]="data()"
      [options]="options()"
    >
      <table
        class="data-table"
        appDataTable
        data-testid="dashboard-categories-table"
        caption="adminDashboard.categoriesTitle"
        [columns]="columns"
      >
        <tbody>
          @for (c of f.categories; track c.category) {
            <tr data-testid="dashboard-category-row" [attr.data-category]="c.category">
              <th
                scope="row"
                class="name"
                [attr.data-label]="'adminDashboard.category' | translate"
              >
                {{ name(c.category) }}
              </th>
              <td
                class="data-table__num"
                data-testid="category-sessions"
                [attr.data-label]="'adminDashboard.sessions' | translate"
              >
                {{ c.sessions | figure: 'count' : lng }}
              </td>
              <td class="data-table__num" [attr.data-label]="'adminDashboard.minutes' | translate">
                {{ c.minutes | figure: 'minutes' : lng }}
              </td>
              <td
                class="data-table__num"
                data-testid="category-turnover"
                [attr.data-label]="'adminDashboard.turnover' | translate"
              >
                {{ c.turnover | money: f.currency : lng }}
              </td>
              <td
                class="data-table__num"
                data-testid="category-commission"
                [attr.data-label]="'adminDashboard.commission' | translate"
              >
                {{ c.commission | money: f.currency : lng }}
              </td>
            </tr>
          } @empty {
            <tr>
              <td [attr.colspan]="columns.length">
                {{ 'adminDashboard.noCategories' | translate }}
              </td>
            </tr>
          }
        </tbody>
      </table>
    </app-dashboard-chart>
  `,
  styles: `
    :host {
      display: contents;
    }
    .name {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminCategories {
  private readonly translate = inject(TranslateService);
  private readonly still = prefersStill(inject(DOCUMENT));

  readonly figures = input.required<AdminDashboard>();
  readonly lang = input.required<Lang>();

  protected readonly columns = COLUMNS;

  protected readonly data = computed(() => {
    const categories = this.figures().categories;
    this.lang();
    return {
      labels: categories.map((c) => this.name(c.category)),
      datasets: [
        {
          label: this.text('turnover'),
          data: categories.map((c) => c.turnover),
          backgroundColor: CHART_COLOURS[0],
          borderRadius: 4,
        },
        {
          label: this.text('sessions'),
          data: categories.map((c) => c.sessions),
          backgroundColor: CHART_COLOURS[2],
          borderRadius: 4,
          yAxisID: 'y1',
        },
      ],
    };
  });
  protected readonly options = computed(() => {
    const currency = this.figures().currency;
    const lang = this.lang();
    return chartOptions({
      value: (v) => formatMoney(v, currency, lang),
      second: (v) => formatFigure(v, 'count', lang),
      still: this.still,
    });
  });

  /** A category's slug, or "No category" for sessions without one. */
  protected name(slug: string): string {
    return slug || this.translate.instant('adminDashboard.noCategory');
  }

  /** A text of the admin dashboard (follows the language). */
  protected text(key: string, params?: Record<string, unknown>): string {
    this.lang();
    return this.translate.instant(`adminDashboard.${key}`, params);
  }
}
