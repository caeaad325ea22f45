import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { AdminDashboard as AdminFigures } from '../../../core/dashboards/dashboard.model';
import { DashboardService } from '../../../core/dashboards/dashboard.service';
import { loadEachQuery } from '../../../core/http/load-each-query';
import { LanguageService } from '../../../core/i18n/language.service';
import { FigurePipe, longDay } from '../../../shared/dashboards/dashboard-format';
import { DashboardPeriod } from '../../../shared/dashboards/dashboard-period';
import { injectDashboardPeriod } from '../../../shared/dashboards/dashboard-url';
import { MoneyPipe } from '../../../shared/experts/expert-pipes';
import { Icon } from '../../../shared/ui/icon/icon';
import { Loaded } from '../../../shared/ui/load-view/load-templates';
import { LoadView } from '../../../shared/ui/load-view/load-view';
import { PageHero } from '../../../shared/ui/page-hero/page-hero';
import { StateBox } from '../../../shared/ui/state-box/state-box';
import { AdminActivity } from './admin-activity';
import { AdminCategories } from './admin-categories';
import { AdminTopExperts } from './admin-top-experts';
import { DashboardRebuild } from './dashboard-rebuild';

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
    TranslatePipe,
    MoneyPipe,
    FigurePipe,
    DashboardPeriod,
    DashboardRebuild,
    AdminActivity,
    AdminCategories,
    AdminTopExperts,
    Icon,
    LoadView,
    Loaded,
    PageHero,
    StateBox,
  ],
  templateUrl: './admin-dashboard.html',
  styleUrl: '../../../shared/dashboards/dashboard-layout.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AdminDashboard {
  private readonly api = inject(DashboardService);

  protected readonly lang = inject(LanguageService).lang;
  protected readonly period = injectDashboardPeriod('admin');
  protected readonly figures = loadEachQuery(this.period.query$, {
    load: (query) => this.api.admin(query),
  });
  protected readonly day = longDay;

  /** Nothing happened in the period: no session, no request, nobody new. */
  protected isEmpty(f: AdminFigures): boolean {
    const r = f.requests;
    return (
      f.totals.sessions === 0 &&
      r.accepted + r.declined + r.expired + r.cancelled === 0 &&
      f.newUsers.clients + f.newUsers.experts === 0
    );
  }
}
