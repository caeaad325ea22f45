import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';

import { saveFile } from '../../../core/billing/save-file';
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
import { UserMessage, toUserMessage } from '../../../core/http/problem';
import { urlList } from '../../../core/http/url-list';
import { LanguageService } from '../../../core/i18n/language.service';
import { SignedMoneyPipe } from '../../../shared/experts/expert-pipes';
import { FilterDate } from '../../../shared/forms/filter-date';
import { FilterSelect, keyedOptions } from '../../../shared/forms/filter-select';
import { DataTable, TableColumn } from '../../../shared/ui/data-table/data-table';
import { DateTimePipe } from '../../../shared/ui/date-time';
import { Icon } from '../../../shared/ui/icon/icon';
import { ListEmpty, Loaded } from '../../../shared/ui/load-view/load-templates';
import { PageNotice } from '../../../shared/ui/notice/page-notice';
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

type TextFilter = 'account' | 'sessionId';

/**
 * "Journal" of `/admin/books`: every journal entry, newest first, filtered by type, status,
 * account, session and dates, paged (all in the URL:
 * `?type=&status=&account=&sessionId=&from=&to=&page=`); each row shows its postings (account and
 * signed amount). "Download CSV" fetches the entries matching the filters (with the bearer token).
 */
@Component({
  selector: 'app-journal',
  imports: [
    FilterDate,
    FilterSelect,
    ReactiveFormsModule,
    TranslatePipe,
    DateTimePipe,
    SignedMoneyPipe,
    Icon,
    PageNotice,
    PagedList,
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
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly lang = inject(LanguageService).lang;
  protected readonly columns = COLUMNS;
  protected readonly max = JOURNAL_FILTER_MAX;
  protected readonly typeOptions = keyedOptions(JOURNAL_TYPES, 'adminBooks.types.');
  protected readonly statusOptions = keyedOptions(JOURNAL_STATUSES, 'adminBooks.statuses.');
  protected readonly texts = {
    account: new FormControl('', { nonNullable: true }),
    sessionId: new FormControl('', { nonNullable: true }),
  };

  protected readonly list = urlList({
    ...JOURNAL_QUERY,
    load: (query) => this.api.journal(query),
    onQuery: (query) => this.syncTexts(query),
  });
  protected readonly query = this.list.query;
  protected readonly loading = this.list.loading;
  protected readonly hasFilters = computed(() => {
    const { page: _page, ...filters } = this.query();
    return Object.values(filters).some((value) => value !== '');
  });

  protected readonly downloading = signal(false);
  protected readonly csvError = signal<UserMessage | null>(null);

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

  protected filterDate(which: 'from' | 'to', value: string): void {
    this.go({ [which]: value });
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.go({});
  }

  protected clearFilters(): void {
    this.texts.account.setValue('');
    this.texts.sessionId.setValue('');
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

  /** Downloads the entries matching the filters as CSV (with the Authorization header). */
  protected downloadCsv(): void {
    if (this.downloading()) {
      return;
    }
    this.downloading.set(true);
    this.csvError.set(null);
    const { page: _page, size: _size, ...filters } = this.query();
    this.api
      .journalCsv(filters)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (blob) => {
          this.downloading.set(false);
          if (!saveFile(this.document, blob, JOURNAL_CSV_NAME)) {
            this.csvError.set({ key: 'adminBooks.journal.csvUnsupported', status: 0 });
          }
        },
        error: (error: unknown) => {
          this.downloading.set(false);
          this.csvError.set(toUserMessage(error));
        },
      });
  }

  /** Navigates to the current query with `change` and the texts typed, from the first page. */
  private go(change: Partial<JournalQuery>): void {
    this.list.go({
      account: this.typed('account'),
      sessionId: this.typed('sessionId'),
      ...change,
      page: 0,
    });
  }

  private typed(field: TextFilter): string {
    return this.texts[field].value.trim().slice(0, JOURNAL_FILTER_MAX);
  }

  private syncTexts(query: JournalQuery): void {
    for (const field of ['account', 'sessionId'] as const) {
      if (this.texts[field].value.trim() !== query[field]) {
        this.texts[field].setValue(query[field], { emitEvent: false });
      }
    }
  }
}
