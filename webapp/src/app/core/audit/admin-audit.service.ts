import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import { PageOf } from '../http/paging';
import {
  ADMIN_AUDIT_API,
  AuditFilters,
  AuditQuery,
  AuditRecord,
  ChainCheck,
} from './admin-audit.model';

/** The audit log (administrators): its records, their CSV, the action codes and the chain check. */
@Injectable({ providedIn: 'root' })
export class AdminAuditService {
  private readonly http = inject(HttpClient);

  /** Records matching the filters, newest first (400 with the problem for bad filters). */
  list(query: AuditQuery): Observable<PageOf<AuditRecord>> {
    let params = filterParams(query).set('page', query.page);
    if (query.size !== undefined) {
      params = params.set('size', query.size);
    }
    return this.http.get<PageOf<AuditRecord>>(ADMIN_AUDIT_API.audit, { params });
  }

  /** Every record matching the filters as a CSV file. */
  csv(filters: AuditFilters): Observable<Blob> {
    return this.http.get(ADMIN_AUDIT_API.csv, {
      params: filterParams(filters),
      responseType: 'blob',
      headers: { Accept: 'text/csv' },
    });
  }

  /** The action codes the server knows (for the action filter). */
  actions(): Observable<string[]> {
    return this.http.get<string[]>(ADMIN_AUDIT_API.actions);
  }

  /** Walks the hash chain from the first record: intact, or where it first breaks. */
  verify(): Observable<ChainCheck> {
    return this.http.get<ChainCheck>(ADMIN_AUDIT_API.verify);
  }
}

function filterParams(filters: AuditFilters): HttpParams {
  let params = new HttpParams();
  for (const name of ['actor', 'action', 'target', 'from', 'to'] as const) {
    const value = filters[name].trim();
    if (value) {
      params = params.set(name, value);
    }
  }
  return params;
}
