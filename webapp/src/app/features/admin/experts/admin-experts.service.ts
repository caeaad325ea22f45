import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import {
  AdminExpert,
  EXPERTS_API,
  ExpertProfile,
  Page,
  VerificationStatus,
} from '../../../core/experts/expert.model';

export interface VerificationQuery {
  status: VerificationStatus;
  page: number;
}

export interface VerificationDecision {
  status: Exclude<VerificationStatus, 'PENDING'>;
  /** Required when rejecting. */
  reason?: string;
}

/** The administrators' expert verification queue. */
@Injectable({ providedIn: 'root' })
export class AdminExpertsService {
  private readonly http = inject(HttpClient);

  list(query: VerificationQuery): Observable<Page<AdminExpert>> {
    const params = new HttpParams().set('status', query.status).set('page', query.page);
    return this.http.get<Page<AdminExpert>>(EXPERTS_API.adminExperts, { params });
  }

  decide(id: string, decision: VerificationDecision): Observable<ExpertProfile> {
    return this.http.post<ExpertProfile>(
      `${EXPERTS_API.adminExperts}/${encodeURIComponent(id)}/verification`,
      decision,
    );
  }
}
