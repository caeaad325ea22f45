import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { bars, figureAxis } from '../../../shared/dashboards/chart-kit';
import { DashboardChart } from '../../../shared/dashboards/dashboard-chart';
import { FigurePipe } from '../../../shared/dashboards/dashboard-format';
import { MoneyPipe } from '../../../shared/experts/expert-pipes';
import { DataTable, TableColumn } from '../../../shared/ui/data-table/data-table';
import { AdminDashboardPart } from './admin-dashboard-part';

const MINUTES_COLUMNS: readonly TableColumn[] = [
  'adminDashboard.expert',
  { key: 'adminDashboard.sessions', numeric: true },
  { key: 'adminDashboard.minutes', numeric: true },
  { key: 'adminDashboard.earnings', numeric: true },
];
const RATING_COLUMNS: readonly TableColumn[] = [
  'adminDashboard.expert',
  { key: 'adminDashboard.reviews', numeric: true },
  { key: 'adminDashboard.average', numeric: true },
];

/**
 * The admin dashboard's top experts: by minutes (horizontal bars, and a table with their sessions
 * and earnings) and by average rating of the reviews received in the period (a table).
 */
@Component({
  selector: 'app-admin-top-experts',
  imports: [TranslatePipe, MoneyPipe, FigurePipe, DashboardChart, DataTable],
  template: `
    @let f = figures();
    @let lng = lang();
    <app-dashboard-chart
      chartId="admin-top-minutes"
      titleKey="adminDashboard.topMinutesTitle"
      type="bar"
      tableTestId="dashboard-top-minutes-table"
      [tall]="f.topExpertsByMinutes.length > 5"
      [label]="text('topMinutesLabel', { count: f.topExpertsByMinutes.length })"
      [data]="data()"
      [options]="options()"
      [columns]="minutesColumns"
    >
      <tbody>
        @for (e of f.topExpertsByMinutes; track e.expertId) {
          <tr data-testid="dashboard-top-minutes-row" [attr.data-expert-id]="e.expertId">
            <th
              scope="row"
              class="dashboard__name"
              [attr.data-label]="'adminDashboard.expert' | translate"
            >
              {{ e.name }}
            </th>
            <td
              class="data-table__num"
              data-testid="expert-sessions"
              [attr.data-label]="'adminDashboard.sessions' | translate"
            >
              {{ e.sessions | figure: 'count' : lng }}
            </td>
            <td
              class="data-table__num"
              data-testid="expert-minutes"
              [attr.data-label]="'adminDashboard.minutes' | translate"
            >
              {{ e.minutes | figure: 'minutes' : lng }}
            </td>
            <td class="data-table__num" [attr.data-label]="'adminDashboard.earnings' | translate">
              {{ e.earnings | money: f.currency : lng }}
            </td>
          </tr>
        } @empty {
          <tr>
            <td [attr.colspan]="minutesColumns.length">
              {{ 'adminDashboard.noExperts' | translate }}
            </td>
          </tr>
        }
      </tbody>
    </app-dashboard-chart>

    <section class="card rating" aria-labelledby="admin-top-rating-title">
      <h2 id="admin-top-rating-title">{{ 'adminDashboard.topRatingTitle' | translate }}</h2>
      <div
        class="rating__scroll"
        tabindex="0"
        role="region"
        [attr.aria-label]="'adminDashboard.topRatingTitle' | translate"
      >
        <table
          class="data-table"
          appDataTable
          data-testid="dashboard-top-rating-table"
          caption="adminDashboard.topRatingTitle"
          [columns]="ratingColumns"
        >
          <tbody>
            @for (e of f.topExpertsByRating; track e.expertId) {
              <tr data-testid="dashboard-top-rating-row" [attr.data-expert-id]="e.expertId">
                <th
                  scope="row"
                  class="dashboard__name"
                  [attr.data-label]="'adminDashboard.expert' | translate"
                >
                  {{ e.name }}
                </th>
                <td
                  class="data-table__num"
                  [attr.data-label]="'adminDashboard.reviews' | translate"
                >
                  {{ e.reviews | figure: 'count' : lng }}
                </td>
                <td
                  class="data-table__num"
                  data-testid="expert-average"
                  [attr.data-label]="'adminDashboard.average' | translate"
                >
                  {{ e.average | figure: 'rating' : lng }}
                </td>
              </tr>
            } @empty {
              <tr>
                <td [attr.colspan]="ratingColumns.length">
                  {{ 'adminDashboard.noReviews' | translate }}
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </section>
  `,
  styleUrl: '../../../shared/dashboards/dashboard-content.scss',
  styles: `
    .rating {
      display: grid;
      gap: var(--space-3);
      align-content: start;
      min-inline-size: 0;
      padding: var(--space-4);
      h2 {
        margin: 0;
        font-size: var(--text-lg);
      }
    }
    .rating__scroll {
      max-inline-size: 100%;
      overflow-x: auto;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminTopExperts extends AdminDashboardPart {
  protected readonly minutesColumns = MINUTES_COLUMNS;
  protected readonly ratingColumns = RATING_COLUMNS;

  protected readonly data = computed(() => {
    const experts = this.figures().topExpertsByMinutes;
    return {
      labels: experts.map((e) => e.name),
      datasets: [bars(this.text('minutes'), 3, experts, (e) => e.minutes)],
    };
  });
  protected readonly options = computed(() =>
    this.chart({ value: figureAxis('minutes', this.lang()), horizontal: true }),
  );
}
