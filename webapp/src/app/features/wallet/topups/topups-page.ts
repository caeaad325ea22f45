import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { PAGE_QUERY, urlList } from '../../../core/http/url-list';
import { LanguageService } from '../../../core/i18n/language.service';
import { Topup, isPending } from '../../../core/payments/payments.model';
import { PaymentsService } from '../../../core/payments/payments.service';
import { injectRedirect } from '../../../core/payments/redirect';
import { MoneyPipe } from '../../../shared/experts/expert-pipes';
import { PaymentStatusBadge } from '../../../shared/payments/payment-status-badge';
import { DataTable, TableColumn } from '../../../shared/ui/data-table/data-table';
import { DateTimePipe } from '../../../shared/ui/date-time';
import { Icon } from '../../../shared/ui/icon/icon';
import { ListEmpty, Loaded } from '../../../shared/ui/load-view/load-templates';
import { PageHero } from '../../../shared/ui/page-hero/page-hero';
import { PagedList } from '../../../shared/ui/paged-list/paged-list';
import { WalletTabs } from '../wallet-tabs';

const COLUMNS: readonly TableColumn[] = [
  'payments.topups.date',
  'payments.topups.provider',
  'payments.topups.status',
  { key: 'payments.topups.amount', numeric: true },
  { key: 'payments.topups.actions', hidden: true },
];

/**
 * `/wallet/topups` (clients): the top-ups, newest first, paged (`?page=`), each with its status;
 * one still waiting for the provider can be resumed (its payment page) or checked.
 */
@Component({
  selector: 'app-topups-page',
  imports: [
    DateTimePipe,
    PageHero,
    WalletTabs,
    RouterLink,
    TranslatePipe,
    Icon,
    MoneyPipe,
    PaymentStatusBadge,
    PagedList,
    DataTable,
    ListEmpty,
    Loaded,
  ],
  templateUrl: './topups-page.html',
  styleUrl: './topups-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class TopupsPage {
  private readonly api = inject(PaymentsService);
  private readonly language = inject(LanguageService);
  private readonly redirect = injectRedirect();

  protected readonly lang = this.language.lang;
  protected readonly columns = COLUMNS;
  protected readonly isPending = isPending;
  protected readonly list = urlList({ ...PAGE_QUERY, load: ({ page }) => this.api.topups(page) });
  protected readonly loading = this.list.loading;

  /** Back to the provider's page of a top-up still waiting for payment. */
  protected resume(topup: Topup): void {
    if (topup.redirectUrl) {
      this.redirect(topup.redirectUrl);
    }
  }
}
