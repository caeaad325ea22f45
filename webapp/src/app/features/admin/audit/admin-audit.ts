import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { Params, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, map, of } from 'rxjs';

import {
  AUDIT_ACTIONS,
  AUDIT_CSV_NAME,
  AUDIT_LIMITS,
  AuditQuery,
  AuditRecord,
  ChainCheck,
  auditActionKey,
  chainProblemKey,
  isActionCode,
  prettyJson,
} from '../../../core/audit/admin-audit.model';
import { AdminAuditService } from '../../../core/audit/admin-audit.service';
import { saveFile } from '../../../core/billing/save-file';
import { UserMessage, toUserMessage } from '../../../core/http/problem';
import { urlList } from '../../../core/http/url-list';
import { LanguageService } from '../../../core/i18n/language.service';
import { FilterDate } from '../../../shared/forms/filter-date';
import { FilterOption, FilterSelect } from '../../../shared/forms/filter-select';
import { DataTable, TableColumn } from '../../../shared/ui/data-table/data-table';
import { DateTimePipe } from '../../../shared/ui/date-time';
import { Icon } from '../../../shared/ui/icon/icon';
import { LoadFailure } from '../../../shared/ui/load-view/load-failure';
import { ListEmpty, Loaded } from '../../../shared/ui/load-view/load-templates';
import { PageNotice } from '../../../shared/ui/notice/page-notice';
import { PageHero } from '../../../shared/ui/page-hero/page-hero';
import { PagedList } from '../../../shared/ui/paged-list/paged-list';
import { ADMIN_AUDIT_QUERY } from './admin-audit-query';

const COLUMNS: readonly TableColumn[] = [
  'adminAudit.at',
  'adminAudit.by',
  'adminAudit.what',
  'adminAudit.on',
  'adminAudit.reason',
  'adminAudit.address',
  { key: 'adminAudit.details', hidden: true },
];

type TextFilter = 'actor' | 'target';

/**
 * `/admin/audit`: the audit log, newest first, filtered by actor (id or e-mail), action, target id
 * and dates, paged (all in the URL: `?actor=&action=&target=&from=&to=&page=`, page 0-based like
 * the API). Each record opens its details: before and after as JSON side by side, the request id
 * and the hashes. "Download CSV" fetches the records matching the filters (with the bearer
 * token); "Verify chain" walks the hash chain and says whether it is intact or where it breaks.
 */
@Component({
  selector: 'app-admin-audit',
  imports: [
    PageHero,
    FilterDate,
    FilterSelect,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    DateTimePipe,
    Icon,
    PageNotice,
    LoadFailure,
    PagedList,
    DataTable,
    ListEmpty,
    Loaded,
  ],
  templateUrl: './admin-audit.html',
  styleUrl: './admin-audit.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AdminAudit {
  private readonly api = inject(AdminAuditService);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly lang = inject(LanguageService).lang;
  protected readonly columns = COLUMNS;
  protected readonly limits = AUDIT_LIMITS;
  /** The actor and target boxes (applied with Enter or "Apply"). */
  protected readonly texts = {
    actor: new FormControl('', { nonNullable: true }),
    target: new FormControl('', { nonNullable: true }),
  };
  /** Records whose details are open (by seq); all close for another query. */
  protected readonly expanded = signal<ReadonlySet<number>>(new Set());

  /** The records: filters and page in the URL (the text boxes follow the URL). */
  protected readonly list = urlList({
    ...ADMIN_AUDIT_QUERY,
    load: (query) => this.api.list(query),
    onQuery: (query) => this.onQuery(query),
  });
  protected readonly query = this.list.query;
  protected readonly loading = this.list.loading;
  protected readonly hasFilters = computed(() => {
    const { page: _page, ...filters } = this.query();
    return Object.values(filters).some((value) => value !== '');
  });

  /** The server's action codes (the known ones until they arrive, or when they cannot be read). */
  private readonly actionCodes = toSignal(
    this.api.actions().pipe(
      map((codes) =>
        Array.isArray(codes)
          ? codes.filter((code): code is string => typeof code === 'string' && isActionCode(code))
          : null,
      ),
      catchError(() => of(null)),
    ),
    { initialValue: null },
  );
  /** The action filter's options: each code by its label (an unknown one as is). */
  protected readonly actionOptions = computed<FilterOption[]>(() => {
    const codes = [...(this.actionCodes() ?? AUDIT_ACTIONS)];
    const picked = this.query().action;
    if (picked && !codes.includes(picked)) {
      codes.push(picked);
    }
    return codes.map((code) => {
      const key = auditActionKey(code);
      return key ? { value: code, key } : { value: code, label: code };
    });
  });

  protected readonly downloading = signal(false);
  protected readonly csvError = signal<UserMessage | null>(null);

  protected readonly verifying = signal(false);
  protected readonly verified = signal<ChainCheck | null>(null);
  protected readonly verifyError = signal<UserMessage | null>(null);

  protected readonly actionKey = auditActionKey;
  protected readonly problemKey = chainProblemKey;
  protected readonly pretty = prettyJson;

  protected filterAction(value: string): void {
    this.go({ action: isActionCode(value) ? value : '' });
  }

  protected filterDate(which: 'from' | 'to', value: string): void {
    this.go({ [which]: value });
  }

  /** Applies the actor and target typed (Enter or "Apply"). */
  protected submit(event: Event): void {
    event.preventDefault();
    this.go({});
  }

  protected clearFilters(): void {
    this.texts.actor.setValue('');
    this.texts.target.setValue('');
    this.list.go({ actor: '', action: '', target: '', from: '', to: '', page: 0 });
  }

  /** The query parameters of this list limited to one actor or target (their links). */
  protected only(change: Partial<AuditQuery>): Params {
    return ADMIN_AUDIT_QUERY.params({ ...this.query(), ...change, page: 0 });
  }

  /** Who to filter by for a record's actor: their id, else their e-mail; null for the system. */
  protected actorOf(record: AuditRecord): string | null {
    return record.actorId || record.actorName || null;
  }

  protected isOpen(seq: number): boolean {
    return this.expanded().has(seq);
  }

  protected toggle(seq: number): void {
    this.expanded.update((open) => {
      const next = new Set(open);
      if (!next.delete(seq)) {
        next.add(seq);
      }
      return next;
    });
  }

  protected detailsId(seq: number): string {
    return `audit-details-${seq}`;
  }

  /** Walks the chain (`GET …/verify`) and shows what it found. */
  protected verify(): void {
    if (this.verifying()) {
      return;
    }
    this.verifying.set(true);
    this.verifyError.set(null);
    this.verified.set(null);
    this.api
      .verify()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (check) => {
          this.verifying.set(false);
          this.verified.set(check);
        },
        error: (error: unknown) => {
          this.verifying.set(false);
          this.verifyError.set(toUserMessage(error));
        },
      });
  }

  /** Downloads the records matching the filters as CSV (with the Authorization header). */
  protected downloadCsv(): void {
    if (this.downloading()) {
      return;
    }
    this.downloading.set(true);
    this.csvError.set(null);
    const { page: _page, size: _size, ...filters } = this.query();
    this.api
      .csv(filters)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (blob) => {
          this.downloading.set(false);
          if (!saveFile(this.document, blob, AUDIT_CSV_NAME)) {
            this.csvError.set({ key: 'adminAudit.csvUnsupported', status: 0 });
          }
        },
        error: (error: unknown) => {
          this.downloading.set(false);
          this.csvError.set(toUserMessage(error));
        },
      });
  }

  /** Navigates to the current query with `change` and the texts typed, from the first page. */
  private go(change: Partial<AuditQuery>): void {
    this.list.go({
      actor: this.typed('actor'),
      target: this.typed('target'),
      ...change,
      page: 0,
    });
  }

  private typed(field: TextFilter): string {
    return this.texts[field].value.trim().slice(0, AUDIT_LIMITS[field]);
  }

  /** A new query: the URL's texts go into the boxes, and every record's details close. */
  private onQuery(query: AuditQuery): void {
    for (const field of ['actor', 'target'] as const) {
      if (this.texts[field].value.trim() !== query[field]) {
        this.texts[field].setValue(query[field], { emitEvent: false });
      }
    }
    if (this.expanded().size > 0) {
      this.expanded.set(new Set());
    }
  }
}
