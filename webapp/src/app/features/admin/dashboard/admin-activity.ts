import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { bars, figureAxis, injectDashboardText } from '../../../shared/dashboards/chart-kit';
import { CHART_COLOURS } from '../../../shared/dashboards/chart-options';
import { DashboardChart } from '../../../shared/dashboards/dashboard-chart';
import { FigurePipe, longDay, shortDay } from '../../../shared/dashboards/dashboard-format';
import { TableColumn } from '../../../shared/ui/data-table/data-table';
import { AdminDashboardPart } from './admin-dashboard-part';

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
  imports: [TranslatePipe, FigurePipe, DashboardChart],
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
    </app-dashboard-chart>

    <app-dashboard-chart
      chartId="admin-users"
      titleKey="adminDashboard.usersTitle"
      type="bar"
      [label]="text('usersLabel', { count: f.newUsers.perDay.length })"
      [data]="usersData()"
      [options]="usersOptions()"
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
    </app-dashboard-chart>
  `,
  styleUrl: '../../../shared/dashboards/dashboard-content.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminActivity extends AdminDashboardPart {
  private readonly channelName = injectDashboardText('channels.', this.lang);
  protected readonly minutesColumns = MINUTES_COLUMNS;
  protected readonly usersColumns = USERS_COLUMNS;
  protected readonly day = longDay;

  protected readonly minutesData = computed(() => {
    const days = this.figures().minutesPerDay;
    const lang = this.lang();
    return {
      labels: days.map((d) => shortDay(d.day, lang)),
      datasets: CHANNELS.map((channel, i) => ({
        label: this.channelName(channel.toUpperCase()),
        data: days.map((d) => d[channel]),
        backgroundColor: CHART_COLOURS[i],
        stack: 'minutes',
      })),
    };
  });
  protected readonly minutesOptions = computed(() =>
    this.chart({ value: figureAxis('minutes', this.lang()), stacked: true }),
  );

  protected readonly usersData = computed(() => {
    const days = this.figures().newUsers.perDay;
    const lang = this.lang();
    return {
      labels: days.map((d) => shortDay(d.day, lang)),
      datasets: (['clients', 'experts'] as const).map((kind, i) =>
        bars(this.text(kind), i, days, (d) => d[kind]),
      ),
    };
  });
  protected readonly usersOptions = computed(() =>
    this.chart({ value: figureAxis('count', this.lang()), integer: true }),
  );
}
