import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { of } from 'rxjs';

import { AdminCostCentresService } from '../../../core/cost-centres/admin-cost-centres.service';
import { CostCentre } from '../../../core/cost-centres/cost-centre.model';
import { loadEachQuery } from '../../../core/http/load-each-query';
import { LanguageService } from '../../../core/i18n/language.service';
import { MoneyPipe } from '../../../shared/experts/expert-pipes';
import { DataTable, TableColumn } from '../../../shared/ui/data-table/data-table';
import { Icon } from '../../../shared/ui/icon/icon';
import { Loaded } from '../../../shared/ui/load-view/load-templates';
import { LoadView } from '../../../shared/ui/load-view/load-view';
import { PageNotice } from '../../../shared/ui/notice/page-notice';
import { PageHero } from '../../../shared/ui/page-hero/page-hero';
import { StateBox } from '../../../shared/ui/state-box/state-box';
import { CostCentreForm } from './cost-centre-form';

const COLUMNS: readonly TableColumn[] = [
  'adminCostCentres.list.centre',
  'adminCostCentres.list.status',
  { key: 'adminCostCentres.list.budget', numeric: true },
  { key: 'adminCostCentres.list.spent', numeric: true },
  { key: 'adminCostCentres.list.left', numeric: true },
  { key: 'adminCostCentres.list.limit', numeric: true },
  { key: 'adminCostCentres.list.members', numeric: true },
];

/**
 * `/admin/cost-centres`: every cost centre with this month's budget, spending and what is left,
 * the per-session limit and the members; "New cost centre" opens the settings form. Each centre
 * opens its page (settings, members, report).
 */
@Component({
  selector: 'app-admin-cost-centres',
  imports: [
    RouterLink,
    TranslatePipe,
    Icon,
    MoneyPipe,
    DataTable,
    LoadView,
    Loaded,
    StateBox,
    PageHero,
    PageNotice,
    CostCentreForm,
  ],
  templateUrl: './admin-cost-centres.html',
  styleUrl: './admin-cost-centres.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AdminCostCentres {
  private readonly api = inject(AdminCostCentresService);

  protected readonly lang = inject(LanguageService).lang;
  protected readonly columns = COLUMNS;
  protected readonly list = loadEachQuery(of(null), { load: () => this.api.list() });
  protected readonly creating = signal(false);
  protected readonly created = signal<CostCentre | null>(null);

  protected openCreate(): void {
    this.created.set(null);
    this.creating.set(true);
  }

  protected onCreated(centre: CostCentre): void {
    this.creating.set(false);
    this.created.set(centre);
    this.list.result.update((list) =>
      list ? [...list.filter((c) => c.code !== centre.code), centre] : [centre],
    );
  }
}
