import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { urlList } from '../../../core/http/url-list';
import { LanguageService } from '../../../core/i18n/language.service';
import {
  AdminTopupQuery,
  PROVIDER_IDS,
  TOPUP_STATUSES,
} from '../../../core/payments/payments.model';
import { AdminPaymentsService } from '../../../core/payments/admin-payments.service';
import { MoneyPipe } from '../../../shared/experts/expert-pipes';
import { FilterOption, FilterSelect, keyedOptions } from '../../../shared/forms/filter-select';
import { PaymentStatusBadge } from '../../../shared/payments/payment-status-badge';
import { DataTable, TableColumn } from '../../../shared/ui/data-table/data-table';
import { DateTimePipe } from '../../../shared/ui/date-time';
import { Icon } from '../../../shared/ui/icon/icon';
import { ListEmpty, Loaded } from '../../../shared/ui/load-view/load-templates';
import { PageHero } from '../../../shared/ui/page-hero/page-hero';
import { PagedList } from '../../../shared/ui/paged-list/paged-list';
import { ADMIN_TOPUPS_QUERY, FLAGGED_VALUES } from './admin-topups-query';

const COLUMNS: readonly TableColumn[] = [
  'adminPayments.topups.date',
  'adminPayments.topups.user',
  'adminPayments.topups.provider',
  'adminPayments.topups.status',
  { key: 'adminPayments.topups.amount', numeric: true },
  { key: 'adminPayments.topups.actions', hidden: true },
];

/** What each filter may hold. */
const FILTER_VALUES = {
  status: TOPUP_STATUSES,
  provider: PROVIDER_IDS,
  flagged: FLAGGED_VALUES,
} as const;

/**
 * `/admin/topups`: every top-up, newest first, filtered by status, provider and flag (all in the
 * URL: `?status=&provider=&flagged=&page=`); flagged ones (an event disagreed with them) stand out.
 * Each opens its detail, with refunds, events and the refund and resolve actions.
 */
@Component({
  selector: 'app-admin-topups',
  imports: [
    DateTimePipe,
    PageHero,
    FilterSelect,
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
  templateUrl: './admin-topups.html',
  styleUrl: './admin-topups.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AdminTopups {
  private readonly api = inject(AdminPaymentsService);

  protected readonly lang = inject(LanguageService).lang;
  protected readonly columns = COLUMNS;
  protected readonly statusOptions = keyedOptions(TOPUP_STATUSES, 'payments.status.');
  protected readonly providerOptions = keyedOptions(PROVIDER_IDS, 'payments.providerNames.');
  protected readonly flagOptions: FilterOption[] = keyedOptions(
    FLAGGED_VALUES,
    'adminPayments.topups.flagged.',
  );
  protected readonly list = urlList({
    ...ADMIN_TOPUPS_QUERY,
    load: (query) => this.api.topups(query),
  });
  protected readonly query = this.list.query;
  protected readonly loading = this.list.loading;
  protected readonly hasFilters = computed(() => {
    const { status, provider, flagged } = this.query();
    return status !== '' || provider !== '' || flagged !== '';
  });

  /** A filter picked: one of its values, or '' (all). */
  protected filter(name: keyof typeof FILTER_VALUES, value: string): void {
    const known = (FILTER_VALUES[name] as readonly string[]).includes(value);
    this.list.go({ [name]: known ? value : '', page: 0 } as Partial<AdminTopupQuery>);
  }

  protected clearFilters(): void {
    this.list.go({ status: '', provider: '', flagged: '', page: 0 });
  }
}
