import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import { PageOf } from '../http/paging';
import {
  ADMIN_BOOKS_API,
  JournalEntry,
  JournalFilters,
  JournalQuery,
  LedgerCheck,
  Turnover,
  TurnoverQuery,
} from './admin-books.model';

/** The books (administrators): the ledger check, the journal (and its CSV) and the turnover. */
@Injectable({ providedIn: 'root' })
export class AdminBooksService {
  private readonly http = inject(HttpClient);

  /** Checks every account against the journal: the differences found (none when the books balance). */
  ledgerCheck(): Observable<LedgerCheck> {
    return this.http.get<LedgerCheck>(ADMIN_BOOKS_API.ledgerCheck);
  }

  /** Journal entries matching the filters, newest first (400 with the problem for bad filters). */
  journal(query: JournalQuery): Observable<PageOf<JournalEntry>> {
    let params = journalParams(query).set('page', query.page);
    if (query.size !== undefined) {
      params = params.set('size', query.size);
    }
    return this.http.get<PageOf<JournalEntry>>(ADMIN_BOOKS_API.journal, { params });
  }

  /** Every entry matching the filters as a CSV file. */
  journalCsv(filters: JournalFilters): Observable<Blob> {
    return this.http.get(ADMIN_BOOKS_API.journalCsv, {
      params: journalParams(filters),
      responseType: 'blob',
      headers: { Accept: 'text/csv' },
    });
  }

  /** Charges, turnover, commission and experts' earnings per day, week or month. */
  turnover(query: TurnoverQuery): Observable<Turnover> {
    let params = new HttpParams().set('period', query.period);
    for (const name of ['from', 'to', 'currency'] as const) {
      if (query[name]) {
        params = params.set(name, query[name]);
      }
    }
    return this.http.get<Turnover>(ADMIN_BOOKS_API.turnover, { params });
  }
}

function journalParams(filters: JournalFilters): HttpParams {
  let params = new HttpParams();
  for (const name of ['type', 'status', 'account', 'sessionId', 'from', 'to'] as const) {
    const value = filters[name].trim();
    if (value) {
      params = params.set(name, value);
    }
  }
  return params;
}
