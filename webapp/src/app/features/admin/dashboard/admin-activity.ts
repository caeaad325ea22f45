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
import {
  FigurePipe,
  formatFigure,
  longDay,
  shortDay,
} from '../../../shared/dashboards/dashboard-format';
import { DataTable, TableColumn } from '../../../shared/ui/data-table/data-table';

const CHANNELS = ['chat', 'audio', 'video'] as const;

const MINUTES_COLUMNS: readonly TableColumn[] = [
  'adminDashboard.day',
  ...CHANNELS.map((c) => ({ key: `channels.${c.toUpperCase()}`, numeric: true })),
  { key: 'adminDashboard.total', numeric: true },
];
const USERS_COLUMNS: readonly TableColumn[] = [
  'adminDashboard.day',
  { key: 'adminDashboard.clients', numeric: true },
  { key: 'adminDashboard.experts', numeric: true },
];

/**
 * The admin dashboard's days: minutes per day by channel (stacked bars) and new users per day
 * (clients and experts), each with its table.
 */
@Component({
  selector: 'app-admin-activity',
  imports: [TranslatePipe, FigurePipe, DashboardChart, DataTable],
  template: `
    @let f = figures();
    @let lng = lang();
    <app-dashboard-chart
      class="dashboard__wide"
      chartId="admin-minutes"
      titleKey="adminDashboard.minutesTitle"
      type="bar"
      [label]="text('minutesLabel', { count: f.minutesPerDay.length })"
      [data]="minutesData()"
      [options]="minutesOptions()"
    >
      <table
        class="data-table"
        appDataTable
        caption="adminDashboard.minutesTitle"
        [columns]="minutesColumns"
      >
        <tbody>
          @for (d of f.minutesPerDay; track d.day) {
            <tr data-testid="dashboard-minutes-row" [attr.data-day]="d.day">
              <th scope="row" [attr.data-label]="'adminDashboard.day' | translate">
                {{ day(d.day, lng) }}
              </th>
              <td class="data-table__num" [attr.data-label]="'channels.CHAT' | translate">
                {{ d.chat | figure: 'minutes' : lng }}
              </td>
              <td class="data-table__num" [attr.data-label]="'channels.AUDIO' | translate">
                {{ d.audio | figure: 'minutes' : lng }}
              </td>
              <td class="data-table__num" [attr.data-label]="'channels.VIDEO' | translate">
                {{ d.video | figure: 'minutes' : lng }}
              </td>
              <td class="data-table__num" [attr.data-label]="'adminDashboard.total' | translate">
                {{ d.chat + d.audio + d.video | figure: 'minutes' : lng }}
              </td>
            </tr>
          }
        </tbody>
      </table>
    </app-dashboard-chart>

    <app-dashboard-chart
      chartId="admin-users"
      titleKey="adminDashboard.usersTitle"
      type="bar"
      [label]="text('usersLabel', { count: f.newUsers.perDay.length })"
      [data]="usersData()"
      [options]="usersOptions()"
    >
      <table
        class="data-table"
        appDataTable
        caption="adminDashboard.usersTitle"
        [columns]="usersColumns"
      >
        <tbody>
          @for (d of f.newUsers.perDay; track d.day) {
            <tr data-testid="dashboard-users-row" [attr.data-day]="d.day">
              <th scope="row" [attr.data-label]="'adminDashboard.day' | translate">
                {{ day(d.day, lng) }}
              </th>
              <td class="data-table__num" [attr.data-label]="'adminDashboard.clients' | translate">
                {{ d.clients | figure: 'count' : lng }}
              </td>
              <td class="data-table__num" [attr.data-label]="'adminDashboard.experts' | translate">
                {{ d.experts | figure: 'count' : lng }}
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
    .dashboard__wide {
      @media (min-width: 64rem) {
        grid-column: 1 / -1;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminActivity {
  private readonly translate = inject(TranslateService);
  private readonly still = prefersStill(inject(DOCUMENT));

  readonly figures = input.required<AdminDashboard>();
  readonly lang = input.required<Lang>();

  protected readonly minutesColumns = MINUTES_COLUMNS;
  protected readonly usersColumns = USERS_COLUMNS;
  protected readonly day = longDay;

  protected readonly minutesData = computed(() => {
    const days = this.figures().minutesPerDay;
    const lang = this.lang();
    return {
      labels: days.map((d) => shortDay(d.day, lang)),
      datasets: CHANNELS.map((channel, i) => ({
        label: this.translate.instant(`channels.${channel.toUpperCase()}`),
        data: days.map((d) => d[channel]),
        backgroundColor: CHART_COLOURS[i],
        stack: 'minutes',
      })),
    };
  });
  protected readonly minutesOptions = computed(() => {
    const lang = this.lang();
    return chartOptions({
      value: (v) => formatFigure(v, 'minutes', lang),
      stacked: true,
      still: this.still,
    });
  });

  protected readonly usersData = computed(() => {
    const days = this.figures().newUsers.perDay;
    const lang = this.lang();
    return {
      labels: days.map((d) => shortDay(d.day, lang)),
      datasets: (['clients', 'experts'] as const).map((kind, i) => ({
        label: this.translate.instant(`adminDashboard.${kind}`),
        data: days.map((d) => d[kind]),
        backgroundColor: CHART_COLOURS[i],
        borderRadius: 4,
      })),
    };
  });
  protected readonly usersOptions = computed(() => {
    const lang = this.lang();
    return chartOptions({
      value: (v) => formatFigure(v, 'count', lang),
      integer: true,
      still: this.still,
    });
  });

  /** A text of the admin dashboard (follows the language). */
  protected text(key: string, params?: Record<string, unknown>): string {
    this.lang();
    return this.translate.instant(`adminDashboard.${key}`, params);
  }
}
