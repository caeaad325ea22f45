import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import {
  Approval,
  ApprovalState,
  COST_CENTRES_API,
  CostCentreReport,
  MyCostCentre,
} from './cost-centre.model';

/** The cost-centre API for any signed-in user: their centres, approvals, a centre's report. */
@Injectable({ providedIn: 'root' })
export class CostCentresService {
  private readonly http = inject(HttpClient);

  /** The centres where the caller is a member or an approver. */
  mine(): Observable<MyCostCentre[]> {
    return this.http.get<MyCostCentre[]>(COST_CENTRES_API.mine);
  }

  /** Approvals of the centres the caller approves (every centre for ADMIN), PENDING by default. */
  approvals(state?: ApprovalState): Observable<Approval[]> {
    const params = state ? new HttpParams().set('state', state) : undefined;
    return this.http.get<Approval[]>(COST_CENTRES_API.approvals, { params });
  }

  /** One approval (the member who asked for it, or an approver of its centre). */
  approval(code: string, id: string): Observable<Approval> {
    return this.http.get<Approval>(COST_CENTRES_API.approval(code, id));
  }

  /** 409 when it was decided already or has expired. */
  approve(code: string, id: string, note: string | null): Observable<Approval> {
    return this.http.post<Approval>(`${COST_CENTRES_API.approval(code, id)}/approve`, { note });
  }

  /** 409 when it was decided already or has expired. */
  reject(code: string, id: string, note: string | null): Observable<Approval> {
    return this.http.post<Approval>(`${COST_CENTRES_API.approval(code, id)}/reject`, { note });
  }

  /** A month's spending ("YYYY-MM"): administrators and the centre's approvers (else 403). */
  report(code: string, month: string): Observable<CostCentreReport> {
    const params = new HttpParams().set('month', month);
    return this.http.get<CostCentreReport>(COST_CENTRES_API.report(code), { params });
  }

  /** The same report as a CSV file (fetched with the bearer token, saved by the page). */
  reportCsv(code: string, month: string): Observable<Blob> {
    const params = new HttpParams().set('month', month).set('format', 'csv');
    return this.http.get(COST_CENTRES_API.report(code), {
      params,
      responseType: 'blob',
      headers: { Accept: 'text/csv' },
    });
  }
}
