import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map, shareReplay, tap } from 'rxjs';

import { Category, EXPERTS_API, Page } from './expert.model';

/** The public, active categories (`GET /api/categories`), fetched once and shared. */
@Injectable({ providedIn: 'root' })
export class CategoriesService {
  private readonly http = inject(HttpClient);
  private cached?: Observable<Category[]>;

  /** Active categories in display order; a failed load is not cached. */
  list(): Observable<Category[]> {
    this.cached ??= this.http.get<Page<Category>>(EXPERTS_API.categories).pipe(
      map((page) => [...(page.items ?? [])].sort((a, b) => a.order - b.order)),
      tap({ error: () => (this.cached = undefined) }),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.cached;
  }

  /** Forgets the cached list (after an administrator changed the categories). */
  invalidate(): void {
    this.cached = undefined;
  }
}
