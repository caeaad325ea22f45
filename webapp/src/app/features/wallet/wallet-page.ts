import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { BehaviorSubject, combineLatest, distinctUntilChanged, map, switchMap } from 'rxjs';

import {
  TRANSACTIONS_CSV_NAME,
  TRANSACTION_TYPES,
  Wallet,
  WalletTransaction,
  isTransactionType,
} from '../../core/billing/billing.model';
import { BillingService } from '../../core/billing/billing.service';
import { LOADING, LoadState, toLoadState } from '../../core/http/load-state';
import { urlList } from '../../core/http/url-list';
import { LanguageService } from '../../core/i18n/language.service';
import { MoneyPipe, SignedMoneyPipe } from '../../shared/experts/expert-pipes';
import { CsvButton, CsvError, csvDownload } from '../../shared/ui/csv-download/csv-download';
import { DataTable, TableColumn } from '../../shared/ui/data-table/data-table';
import { Icon } from '../../shared/ui/icon/icon';
import { ListEmpty, Loaded } from '../../shared/ui/load-view/load-templates';
import { PagedList } from '../../shared/ui/paged-list/paged-list';
import { WALLET_QUERY } from './wallet-query';
import { DateRangeChange, FilterDateRange } from '../../shared/forms/filter-date';
import { FilterSelect, keyedOptions } from '../../shared/forms/filter-select';
import { PageHero } from '../../shared/ui/page-hero/page-hero';
import { AuthService } from '../../core/auth/auth.service';
import { WalletTabs } from './wallet-tabs';

/** The movements table's columns. */
const COLUMNS: readonly TableColumn[] = [
  'wallet.date',
  'wallet.type',
  'wallet.details',
  { key: 'wallet.amount', numeric: true },
];

/**
 * `/wallet` (any signed-in user): the balance (and the other currencies the wallet holds), the
 * movements filtered by type and date range and paged (all in the URL:
 * `?type=&from=&to=&currency=&page=`, page 0-based like the API), and a CSV download of the
 * movements matching the filters. Clients also get "Add funds" and the tab of their top-ups.
 */
@Component({
  selector: 'app-wallet-page',
  imports: [
    PageHero,
    WalletTabs,
    FilterDateRange,
    FilterSelect,
    CsvButton,
    CsvError,
    RouterLink,
    TranslatePipe,
    Icon,
    MoneyPipe,
    SignedMoneyPipe,
    PagedList,
    DataTable,
    ListEmpty,
    Loaded,
  ],
  templateUrl: './wallet-page.html',
  styleUrl: './wallet-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class WalletPage {
  private readonly api = inject(BillingService);
  private readonly language = inject(LanguageService);
  private readonly auth = inject(AuthService);
  private readonly reloadBalance$ = new BehaviorSubject<void>(undefined);

  protected readonly lang = this.language.lang;
  /** Clients add funds and see their top-ups. */
  protected readonly isClient = computed(() => this.auth.role() === 'CLIENT');
  protected readonly typeOptions = keyedOptions(TRANSACTION_TYPES, 'wallet.types.');
  /** The movements: filters and page in the URL. */
  protected readonly list = urlList({
    ...WALLET_QUERY,
    load: (query) => this.api.transactions(query),
  });
  protected readonly query = this.list.query;
  protected readonly loading = this.list.loading;
  protected readonly columns = COLUMNS;
  protected readonly hasFilters = computed(() => {
    const q = this.query();
    return q.type !== '' || q.from !== '' || q.to !== '';
  });

  protected readonly balance = toSignal(
    combineLatest([
      toObservable(this.query).pipe(
        map((q) => q.currency),
        distinctUntilChanged(),
      ),
      this.reloadBalance$,
    ]).pipe(switchMap(([currency]) => toLoadState(this.api.wallet(currency || undefined)))),
    { initialValue: LOADING as LoadState<Wallet> },
  );
  /** Other currencies the wallet holds (to switch to). */
  protected readonly otherBalances = computed(() => {
    const state = this.balance();
    if (state.status !== 'ready') {
      return [];
    }
    return (state.value.balances ?? []).filter((b) => b.currency !== state.value.currency);
  });

  /** "Download CSV": the movements matching the filters (with the bearer token). */
  protected readonly csv = csvDownload({
    request: () => {
      const { type, from, to, currency } = this.query();
      return this.api.transactionsCsv({ type, from, to, currency });
    },
    fileName: TRANSACTIONS_CSV_NAME,
    unsupportedKey: 'wallet.csvUnsupported',
  });

  private readonly dateFormat = computed(
    () =>
      new Intl.DateTimeFormat(this.language.lang(), { dateStyle: 'medium', timeStyle: 'short' }),
  );

  protected retryBalance(): void {
    this.reloadBalance$.next();
  }

  protected filterType(value: string): void {
    this.list.go({ type: isTransactionType(value) ? value : '', page: 0 });
  }

  protected filterDate(change: DateRangeChange): void {
    this.list.go({ ...change, page: 0 });
  }

  protected showCurrency(currency: string): void {
    this.list.go({ currency, page: 0 });
  }

  protected clearFilters(): void {
    this.list.go({ type: '', from: '', to: '', page: 0 });
  }

  protected formatDate(iso: string): string {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? '' : this.dateFormat().format(date);
  }

  /** The minute a charge is for (unitIndex is 0-based). */
  protected minuteOf(tx: WalletTransaction): number | null {
    return typeof tx.unitIndex === 'number' ? tx.unitIndex + 1 : null;
  }
}
