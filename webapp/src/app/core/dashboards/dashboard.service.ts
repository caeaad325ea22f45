import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import {
  AdminDashboard,
  ClientDashboard,
  DASHBOARD_API,
  DashboardQuery,
  DashboardRebuild,
  ExpertDashboard,
} from './dashboard.model';

/** The dashboards: the platform's (administrators), an expert's own and a client's own. */
@Injectable({ providedIn: 'root' })
export class DashboardService {
  private readonly http = inject(HttpClient);

  /** The platform's figures (400 with the problem for a bad or too long period). */
  admin(query: DashboardQuery): Observable<AdminDashboard> {
    return this.http.get<AdminDashboard>(DASHBOARD_API.admin, { params: periodParams(query) });
  }

  /** The signed-in expert's figures per week. */
  expert(query: DashboardQuery): Observable<ExpertDashboard> {
    return this.http.get<ExpertDashboard>(DASHBOARD_API.expert, { params: periodParams(query) });
  }

  /** What the signed-in user spent as a client, per month and per expert. */
  client(query: DashboardQuery): Observable<ClientDashboard> {
    return this.http.get<ClientDashboard>(DASHBOARD_API.client, { params: periodParams(query) });
  }

  /** Replays past sessions and reviews into the figures (idempotent). */
  rebuild(): Observable<DashboardRebuild> {
    return this.http.post<DashboardRebuild>(DASHBOARD_API.rebuild, null);
  }
}

/** Only the parts of the query that are set (the server's defaults for the others). */
function periodParams(query: DashboardQuery): HttpParams {
  let params = new HttpParams();
  for (const name of ['from', 'to', 'currency'] as const) {
    const value = query[name]?.trim();
    if (value) {
      params = params.set(name, value);
    }
  }
  return params;
}
