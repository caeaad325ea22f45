import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { bars, figureAxis, moneyAxis } from '../../../shared/dashboards/chart-kit';
import { DashboardChart } from '../../../shared/dashboards/dashboard-chart';
import { FigurePipe } from '../../../shared/dashboards/dashboard-format';
import { MoneyPipe } from '../../../shared/experts/expert-pipes';
import { TableColumn } from '../../../shared/ui/data-table/data-table';
import { AdminDashboardPart } from './admin-dashboard-part';

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
  imports: [TranslatePipe, MoneyPipe, FigurePipe, DashboardChart],
  template: `
    @let f = figures();
    @let lng = lang();
    <app-dashboard-chart
      chartId="admin-categories"
      titleKey="adminDashboard.categoriesTitle"
      type="bar"
      tableTestId="dashboard-categories-table"
      [tall]="f.categories.length > 6"
      [label]="text('categoriesLabel', { count: f.categories.length })"
      [data]="data()"
      [options]="options()"
      [columns]="columns"
    >
      <tbody>
        @for (c of f.categories; track c.category) {
          <tr data-testid="dashboard-category-row" [attr.data-category]="c.category">
            <th
              scope="row"
              class="dashboard__name"
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
    </app-dashboard-chart>
  `,
  styleUrl: '../../../shared/dashboards/dashboard-content.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminCategories extends AdminDashboardPart {
  protected readonly columns = COLUMNS;

  protected readonly data = computed(() => {
    const categories = this.figures().categories;
    this.lang();
    return {
      labels: categories.map((c) => this.name(c.category)),
      datasets: [
        bars(this.text('turnover'), 0, categories, (c) => c.turnover),
        bars(this.text('sessions'), 2, categories, (c) => c.sessions, { yAxisID: 'y1' }),
      ],
    };
  });
  protected readonly options = computed(() => {
    const lang = this.lang();
    return this.chart({
      value: moneyAxis(this.figures().currency, lang),
      second: figureAxis('count', lang),
    });
  });

  /** A category's slug, or "No category" for sessions without one. */
  protected name(slug: string): string {
    return slug || this.text('noCategory');
  }
}
