import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import { DESK_API, DeskFigures, DeskJoin, DeskPick, DeskRequest } from './desk.model';

/** The REST side of "Ask the desk": the client's request, a category's queue, picking. */
@Injectable({ providedIn: 'root' })
export class DeskService {
  private readonly http = inject(HttpClient);

  /** Joins the category's queue (clients); 409 when the client already has a request waiting. */
  join(request: DeskJoin): Observable<DeskRequest> {
    return this.http.post<DeskRequest>(DESK_API.requests, request);
  }

  /** The client's own request (404 when there is no such request of theirs). */
  get(id: string): Observable<DeskRequest> {
    return this.http.get<DeskRequest>(requestUrl(id));
  }

  /** Leaves the queue; 409 once the request is no longer waiting. */
  cancel(id: string): Observable<DeskRequest> {
    return this.http.post<DeskRequest>(`${requestUrl(id)}/cancel`, null);
  }

  /** The waiting requests of a category, first come first (its verified experts; else 403). */
  queue(category: string): Observable<DeskRequest[]> {
    const params = new HttpParams().set('category', category);
    return this.http.get<DeskRequest[]>(DESK_API.queue, { params });
  }

  /**
   * Picks a request (an online expert of its category): 201 with the ACTIVE session; 409 when it
   * is no longer waiting (someone else picked it) or the expert cannot start now; 402 when the
   * client's wallet does not cover the start (the request then ends).
   */
  pick(id: string): Observable<DeskPick> {
    return this.http.post<DeskPick>(`${requestUrl(id)}/pick`, null);
  }

  /** Today's figures per category (administrators). */
  figures(): Observable<DeskFigures[]> {
    return this.http.get<DeskFigures[]>(DESK_API.adminFigures);
  }
}

function requestUrl(id: string): string {
  return `${DESK_API.requests}/${encodeURIComponent(id)}`;
}
