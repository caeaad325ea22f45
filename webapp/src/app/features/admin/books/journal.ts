import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import {
  JOURNAL_CSV_NAME,
  JOURNAL_FILTER_MAX,
  JOURNAL_STATUSES,
  JOURNAL_TYPES,
  JournalEntry,
  JournalQuery,
  JournalStatus,
  isJournalStatus,
  isJournalType,
} from '../../../core/books/admin-books.model';
import { AdminBooksService } from '../../../core/books/admin-books.service';
import { filtersOf, isFiltered, urlList } from '../../../core/http/url-list';
import { LanguageService } from '../../../core/i18n/language.service';
import { SignedMoneyPipe } from '../../../shared/experts/expert-pipes';
import { DateRangeChange, FilterDateRange } from '../../../shared/forms/filter-date';
import { FilterSelect, keyedOptions } from '../../../shared/forms/filter-select';
import { FilterText, textFilters } from '../../../shared/forms/filter-text';
import { ListFilters } from '../../../shared/forms/list-filters';
import { CsvButton, CsvError, csvDownload } from '../../../shared/ui/csv-download/csv-download';
import { DataTable, TableColumn } from '../../../shared/ui/data-table/data-table';
import { DateTimePipe } from '../../../shared/ui/date-time';
import { ListEmpty, Loaded } from '../../../shared/ui/load-view/load-templates';
import { FilteredEmpty } from '../../../shared/ui/paged-list/filtered-empty';
import { PagedList } from '../../../shared/ui/paged-list/paged-list';
import { JOURNAL_QUERY } from './journal-query';

const COLUMNS: readonly TableColumn[] = [
  'adminBooks.journal.created',
  'adminBooks.journal.type',
  'adminBooks.journal.status',
  'adminBooks.journal.postings',
  'adminBooks.journal.details',
];

/** Badge of each status: a colour and always its word. */
const STATUS_BADGES: Record<JournalStatus, string> = {
  APPLIED: 'badge--success',
  PENDING: 'badge--warning',
  REFUSED: 'badge--danger',
};

/**
 * "Journal" of `/admin/books`: every journal entry, newest first, filtered by type, status,
 * account, session and dates, paged (all in the URL:
 * `?type=&status=&account=&sessionId=&from=&to=&page=`); each row shows its postings (account and
 * signed amount). "Download CSV" fetches the entries matching the filters (with the bearer token).
 */
@Component({
  selector: 'app-journal',
  imports: [
    ListFilters,
    FilterDateRange,
    FilterSelect,
    FilterText,
    TranslatePipe,
    DateTimePipe,
    SignedMoneyPipe,
    CsvButton,
    CsvError,
    PagedList,
    FilteredEmpty,
    DataTable,
    ListEmpty,
    Loaded,
  ],
  templateUrl: './journal.html',
  styleUrl: './journal.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Journal {
  private readonly api = inject(AdminBooksService);

  protected readonly lang = inject(LanguageService).lang;
  protected readonly columns = COLUMNS;
  protected readonly typeOptions = keyedOptions(JOURNAL_TYPES, 'adminBooks.types.');
  protected readonly statusOptions = keyedOptions(JOURNAL_STATUSES, 'adminBooks.statuses.');
  protected readonly texts = textFilters({
    account: JOURNAL_FILTER_MAX,
    sessionId: JOURNAL_FILTER_MAX,
  });

  protected readonly list = urlList({
    ...JOURNAL_QUERY,
    load: (query) => this.api.journal(query),
    onQuery: (query) => this.texts.follow(query),
  });
  protected readonly query = this.list.query;
  protected readonly loading = this.list.loading;
  protected readonly hasFilters = computed(() => isFiltered(this.query()));

  /** "Download CSV": the entries matching the filters (with the bearer token). */
  protected readonly csv = csvDownload({
    request: () => this.api.journalCsv(filtersOf(this.query())),
    fileName: JOURNAL_CSV_NAME,
    unsupportedKey: 'adminBooks.journal.csvUnsupported',
  });

  protected statusBadge(status: JournalStatus): string {
    return STATUS_BADGES[status] ?? 'badge--muted';
  }

  /** The minute a charge is for (unitIndex is 0-based). */
  protected minuteOf(entry: JournalEntry): number | null {
    return typeof entry.unitIndex === 'number' ? entry.unitIndex + 1 : null;
  }

  protected filterType(value: string): void {
    this.go({ type: isJournalType(value) ? value : '' });
  }

  protected filterStatus(value: string): void {
    this.go({ status: isJournalStatus(value) ? value : '' });
  }

  protected filterDate(change: DateRangeChange): void {
    this.go(change);
  }

  /** Applies the account and session typed (Enter or "Apply"). */
  protected apply(): void {
    this.go({});
  }

  protected clearFilters(): void {
    this.texts.clear();
    this.list.go({
      type: '',
      status: '',
      account: '',
      sessionId: '',
      from: '',
      to: '',
      page: 0,
    });
  }

  /** Navigates to the current query with `change` and the texts typed, from the first page. */
  private go(change: Partial<JournalQuery>): void {
    this.list.go({ ...this.texts.typed(), ...change, page: 0 });
  }
}
