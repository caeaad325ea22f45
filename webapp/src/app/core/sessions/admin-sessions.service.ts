import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import { PageOf } from '../http/paging';
import { ADMIN_SESSIONS_API, AdminSessionQuery, AdminSessionView } from './admin-sessions.model';
import { Session } from './session.model';

/** The operations console's sessions (administrators): every session, and ending a live one. */
@Injectable({ providedIn: 'root' })
export class AdminSessionsService {
  private readonly http = inject(HttpClient);

  /** Sessions matching the filters, newest first (400 with the problem for bad filters). */
  list(query: AdminSessionQuery): Observable<PageOf<AdminSessionView>> {
    let params = new HttpParams().set('page', query.page);
    if (query.size !== undefined) {
      params = params.set('size', query.size);
    }
    for (const name of ['state', 'channel', 'expertId', 'clientId', 'from', 'to'] as const) {
      const value = query[name];
      if (value) {
        params = params.set(name, value);
      }
    }
    return this.http.get<PageOf<AdminSessionView>>(ADMIN_SESSIONS_API.sessions, { params });
  }

  /**
   * Ends an ACTIVE session with a reason both participants are told (`endNote`): the ended session;
   * 409 once it is no longer ACTIVE, 404 for an unknown one, 400 with a `reason` field error.
   */
  end(id: string, reason: string): Observable<Session> {
    return this.http.post<Session>(ADMIN_SESSIONS_API.end(id), { reason });
  }
}
