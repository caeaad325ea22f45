import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, map, of, throwError } from 'rxjs';

import {
  EXPERTS_API,
  ExpertMatch,
  ExpertProfile,
  ExpertProfileUpdate,
  ExpertSearchPage,
  ExpertSearchQuery,
  MatchRequest,
} from './expert.model';

/** Results per page on `/experts`. */
export const SEARCH_PAGE_SIZE = 12;

/** Query parameters of `GET /api/experts` for a search (empty filters are left out). */
export function searchParams(query: ExpertSearchQuery, size = SEARCH_PAGE_SIZE): HttpParams {
  let params = new HttpParams();
  if (query.q) {
    params = params.set('q', query.q);
  }
  if (query.category) {
    params = params.set('category', query.category);
  }
  if (query.language) {
    params = params.set('language', query.language);
  }
  if (query.channel) {
    params = params.set('channel', query.channel);
  }
  if (query.maxRate !== null) {
    params = params.set('maxRate', query.maxRate);
  }
  if (query.minRating !== null) {
    params = params.set('minRating', query.minRating);
  }
  if (query.online) {
    params = params.set('online', 'true');
  }
  return params.set('sort', query.sort).set('page', query.page).set('size', size);
}

/** Public expert directory, matching, and the signed-in expert's own profile. */
@Injectable({ providedIn: 'root' })
export class ExpertsService {
  private readonly http = inject(HttpClient);

  search(query: ExpertSearchQuery, size = SEARCH_PAGE_SIZE): Observable<ExpertSearchPage> {
    return this.http.get<ExpertSearchPage>(EXPERTS_API.experts, {
      params: searchParams(query, size),
    });
  }

  /** Best-rated experts online right now. */
  featured(size = 6): Observable<ExpertSearchPage> {
    const params = new HttpParams().set('online', 'true').set('sort', 'rating').set('size', size);
    return this.http.get<ExpertSearchPage>(EXPERTS_API.experts, { params });
  }

  get(id: string): Observable<ExpertProfile> {
    return this.http.get<ExpertProfile>(`${EXPERTS_API.experts}/${encodeURIComponent(id)}`);
  }

  /** Experts matching a free-text description, best first. */
  match(request: MatchRequest): Observable<ExpertMatch[]> {
    return this.http
      .post<{ items: ExpertMatch[] }>(EXPERTS_API.match, request)
      .pipe(map((body) => body.items ?? []));
  }

  /** The signed-in expert's profile, or null when they have not created one yet (404). */
  mine(): Observable<ExpertProfile | null> {
    return this.http.get<ExpertProfile>(EXPERTS_API.me).pipe(
      catchError((error: unknown) =>
        error instanceof HttpErrorResponse && error.status === 404
          ? of(null)
          : throwError(() => error),
      ),
    );
  }

  saveMine(update: ExpertProfileUpdate): Observable<ExpertProfile> {
    return this.http.put<ExpertProfile>(EXPERTS_API.me, update);
  }

  /** Uploads the raw image bytes; the server checks the type and size. */
  uploadAvatar(file: Blob): Observable<{ avatarUrl: string }> {
    return this.http.put<{ avatarUrl: string }>(EXPERTS_API.myAvatar, file, {
      headers: { 'Content-Type': file.type },
    });
  }

  deleteAvatar(): Observable<void> {
    return this.http.delete<void>(EXPERTS_API.myAvatar);
  }
}
