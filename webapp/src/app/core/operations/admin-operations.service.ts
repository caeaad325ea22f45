import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import { ADMIN_OPERATIONS_API, OperationsFigures } from './admin-operations.model';

/** The operations console's live figures (administrators). */
@Injectable({ providedIn: 'root' })
export class AdminOperationsService {
  private readonly http = inject(HttpClient);

  /** Connections, experts online, requests waiting, live sessions, the billing sweep and the database. */
  figures(): Observable<OperationsFigures> {
    return this.http.get<OperationsFigures>(ADMIN_OPERATIONS_API.operations);
  }
}
