import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import {
  COST_CENTRES_API,
  CostCentre,
  CostCentreBody,
  CostCentreMembers,
} from './cost-centre.model';

/** Cost-centre administration: the centres, their settings and the members administrators assign. */
@Injectable({ providedIn: 'root' })
export class AdminCostCentresService {
  private readonly http = inject(HttpClient);

  list(): Observable<CostCentre[]> {
    return this.http.get<CostCentre[]>(COST_CENTRES_API.admin);
  }

  get(code: string): Observable<CostCentre> {
    return this.http.get<CostCentre>(COST_CENTRES_API.centre(code));
  }

  /** 201 with the new centre; 400 with field errors, 409 when the code is taken. */
  create(body: CostCentreBody): Observable<CostCentre> {
    return this.http.post<CostCentre>(COST_CENTRES_API.admin, body);
  }

  /** Saves the settings (the code in the body must be the centre's). */
  update(code: string, body: CostCentreBody): Observable<CostCentre> {
    return this.http.put<CostCentre>(COST_CENTRES_API.centre(code), body);
  }

  members(code: string): Observable<CostCentreMembers> {
    return this.http.get<CostCentreMembers>(COST_CENTRES_API.members(code));
  }

  /** Replaces the members an administrator assigned (those from sign-in stay). */
  saveMembers(code: string, userIds: string[]): Observable<CostCentreMembers> {
    return this.http.put<CostCentreMembers>(COST_CENTRES_API.members(code), { userIds });
  }
}
