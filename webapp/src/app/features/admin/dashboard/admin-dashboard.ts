import { ChangeDetectionStrategy, Component, inject } from '@angular/core';

import { AdminDashboard as AdminFigures } from '../../../core/dashboards/dashboard.model';
import { DashboardService } from '../../../core/dashboards/dashboard.service';
import { loadEachQuery } from '../../../core/http/load-each-query';
import {
  DashboardChartsTemplate,
  DashboardFrame,
} from '../../../shared/dashboards/dashboard-frame';
import { DashboardKpi, kpi, sessionKpis } from '../../../shared/dashboards/dashboard-kpis';
import { injectDashboardPeriod } from '../../../shared/dashboards/dashboard-url';
import { AdminActivity } from './admin-activity';
import { AdminCategories } from './admin-categories';
import { AdminTopExperts } from './admin-top-experts';
import { DashboardRebuild } from './dashboard-rebuild';

const K = 'adminDashboard.kpi.';

const KPIS: readonly DashboardKpi<AdminFigures>[] = [
  ...sessionKpis(K),
  kpi('dashboard-turnover', K + 'turnover', 'money', (f) => f.totals.turnover, { icon: 'coins' }),
  kpi('dashboard-commission', K + 'commission', 'money', (f) => f.totals.commission, {
    icon: 'banknote',
    main: true,
  }),
  kpi('dashboard-accepted-rate', K + 'acceptedRate', 'percent', (f) => f.requests.acceptanceRate),
  kpi(
    'dashboard-time-to-accept',
    K + 'timeToAccept',
    'seconds',
    (f) => f.requests.averageSecondsToAccept,
    { icon: 'clock' },
  ),
  kpi('dashboard-new-clients', K + 'newClients', 'count', (f) => f.newUsers.clients, {
    icon: 'user',
  }),
  kpi('dashboard-new-experts', K + 'newExperts', 'count', (f) => f.newUsers.experts, {
    icon: 'briefcase',
  }),
];

/** Nothing happened in the period: no session, no request, nobody new. */
function isEmpty(f: AdminFigures): boolean {
  const r = f.requests;
  return (
    f.totals.sessions === 0 &&
    r.accepted + r.declined + r.expired + r.cancelled === 0 &&
    f.newUsers.clients + f.newUsers.experts === 0
  );
}

/**
 * `/admin/dashboard`: the platform's figures over a period (the last 30 days at first;
 * `?from=&to=` in the URL): sessions, minutes, turnover, commission, requests accepted and how
 * fast, new users; minutes per day by channel, sessions and turnover per category, the top
 * experts by minutes and by rating, new users per day, each chart with its table. "Recount from
 * history" replays past sessions and reviews into the figures.
 */
@Component({
  selector: 'app-admin-dashboard',
  imports: [
    DashboardFrame,
    DashboardChartsTemplate,
    DashboardRebuild,
    AdminActivity,
    AdminCategories,
    AdminTopExperts,
  ],
  templateUrl: './admin-dashboard.html',
  styleUrl: '../../../shared/dashboards/dashboard-content.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AdminDashboard {
  private readonly api = inject(DashboardService);

  protected readonly period = injectDashboardPeriod('admin');
  protected readonly figures = loadEachQuery(this.period.query$, {
    load: (query) => this.api.admin(query),
  });
  protected readonly kpis = KPIS;
  protected readonly isEmpty = isEmpty;
}
