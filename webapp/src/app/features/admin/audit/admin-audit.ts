import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
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
import { onDemand } from '../../../core/http/on-demand';
import { filtersOf, isFiltered, urlList } from '../../../core/http/url-list';
import { LanguageService } from '../../../core/i18n/language.service';
import { DateRangeChange, FilterDateRange } from '../../../shared/forms/filter-date';
import { FilterOption, FilterSelect } from '../../../shared/forms/filter-select';
import { FilterText, textFilters } from '../../../shared/forms/filter-text';
import { ListFilters } from '../../../shared/forms/list-filters';
import { CsvButton, CsvError, csvDownload } from '../../../shared/ui/csv-download/csv-download';
import { DataTable, TableColumn } from '../../../shared/ui/data-table/data-table';
import { DateTimePipe } from '../../../shared/ui/date-time';
import { Icon } from '../../../shared/ui/icon/icon';
import { LoadFailure } from '../../../shared/ui/load-view/load-failure';
import { ListEmpty, Loaded } from '../../../shared/ui/load-view/load-templates';
import { PageHero } from '../../../shared/ui/page-hero/page-hero';
import { FilteredEmpty } from '../../../shared/ui/paged-list/filtered-empty';
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
    ListFilters,
    FilterText,
    FilterDateRange,
    FilterSelect,
    RouterLink,
    TranslatePipe,
    DateTimePipe,
    Icon,
    CsvButton,
    CsvError,
    LoadFailure,
    PagedList,
    FilteredEmpty,
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

  protected readonly lang = inject(LanguageService).lang;
  protected readonly columns = COLUMNS;
  /** The actor and target boxes (applied with Enter or "Apply"). */
  protected readonly texts = textFilters({
    actor: AUDIT_LIMITS.actor,
    target: AUDIT_LIMITS.target,
  });
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
  protected readonly hasFilters = computed(() => isFiltered(this.query()));

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

  /** "Download CSV": the records matching the filters (with the bearer token). */
  protected readonly csv = csvDownload({
    request: () => this.api.csv(filtersOf(this.query())),
    fileName: AUDIT_CSV_NAME,
    unsupportedKey: 'adminAudit.csvUnsupported',
  });

  /** What "Verify chain" found (nothing while it runs). */
  protected readonly verified = signal<ChainCheck | null>(null);
  /** "Verify chain": walks the chain (`GET …/verify`) and shows what it found. */
  protected readonly verification = onDemand({
    request: () => {
      this.verified.set(null);
      return this.api.verify();
    },
    next: (check) => this.verified.set(check),
  });

  protected readonly actionKey = auditActionKey;
  protected readonly problemKey = chainProblemKey;
  protected readonly pretty = prettyJson;

  protected filterAction(value: string): void {
    this.go({ action: isActionCode(value) ? value : '' });
  }

  protected filterDate(change: DateRangeChange): void {
    this.go(change);
  }

  /** Applies the actor and target typed (Enter or "Apply"). */
  protected apply(): void {
    this.go({});
  }

  protected clearFilters(): void {
    this.texts.clear();
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

  /** Navigates to the current query with `change` and the texts typed, from the first page. */
  private go(change: Partial<AuditQuery>): void {
    this.list.go({ ...this.texts.typed(), ...change, page: 0 });
  }

  /** A new query: the URL's texts go into the boxes, and every record's details close. */
  private onQuery(query: AuditQuery): void {
    this.texts.follow(query);
    if (this.expanded().size > 0) {
      this.expanded.set(new Set());
    }
  }
}
