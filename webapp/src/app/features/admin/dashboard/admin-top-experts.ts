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
      [tall]="f.topExpertsByMinutes.length > 5"
      [label]="text('topMinutesLabel', { count: f.topExpertsByMinutes.length })"
      [data]="data()"
      [options]="options()"
    >
      <table
        class="data-table"
        appDataTable
        data-testid="dashboard-top-minutes-table"
        caption="adminDashboard.topMinutesTitle"
        [columns]="minutesColumns"
      >
        <tbody>
          @for (e of f.topExpertsByMinutes; track e.expertId) {
            <tr data-testid="dashboard-top-minutes-row" [attr.data-expert-id]="e.expertId">
              <th scope="row" class="name" [attr.data-label]="'adminDashboard.expert' | translate">
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
      </table>
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
                  class="name"
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
  styles: `
    :host {
      display: contents;
    }
    .name {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
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
export class AdminTopExperts {
  private readonly translate = inject(TranslateService);
  private readonly still = prefersStill(inject(DOCUMENT));

  readonly figures = input.required<AdminDashboard>();
  readonly lang = input.required<Lang>();

  protected readonly minutesColumns = MINUTES_COLUMNS;
  protected readonly ratingColumns = RATING_COLUMNS;

  protected readonly data = computed(() => {
    const experts = this.figures().topExpertsByMinutes;
    return {
      labels: experts.map((e) => e.name),
      datasets: [
        {
          label: this.text('minutes'),
          data: experts.map((e) => e.minutes),
          backgroundColor: CHART_COLOURS[3],
          borderRadius: 4,
        },
      ],
    };
  });
  protected readonly options = computed(() => {
    const lang = this.lang();
    return chartOptions({
      value: (v) => formatFigure(v, 'minutes', lang),
      horizontal: true,
      still: this.still,
    });
  });

  /** A text of the admin dashboard (follows the language). */
  protected text(key: string, params?: Record<string, unknown>): string {
    this.lang();
    return this.translate.instant(`adminDashboard.${key}`, params);
  }
}
