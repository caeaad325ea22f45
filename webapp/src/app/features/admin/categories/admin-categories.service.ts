import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map, tap } from 'rxjs';

import { CategoriesService } from '../../../core/experts/categories.service';
import { Category, EXPERTS_API, LocalizedText, Page } from '../../../core/experts/expert.model';

export interface CategoryCreate {
  slug: string;
  name: LocalizedText;
  description: LocalizedText;
}

export interface CategoryPatch {
  name?: LocalizedText;
  description?: LocalizedText;
  active?: boolean;
}

/** Category administration (all categories, inactive ones included). */
@Injectable({ providedIn: 'root' })
export class AdminCategoriesService {
  private readonly http = inject(HttpClient);
  private readonly publicList = inject(CategoriesService);

  list(): Observable<Category[]> {
    return this.http
      .get<Page<Category>>(EXPERTS_API.adminCategories)
      .pipe(map((page) => sortByOrder(page.items ?? [])));
  }

  create(body: CategoryCreate): Observable<Category> {
    return this.http
      .post<Category>(EXPERTS_API.adminCategories, body)
      .pipe(tap(() => this.publicList.invalidate()));
  }

  update(slug: string, patch: CategoryPatch): Observable<Category> {
    return this.http
      .patch<Category>(`${EXPERTS_API.adminCategories}/${encodeURIComponent(slug)}`, patch)
      .pipe(tap(() => this.publicList.invalidate()));
  }

  /** Saves the new order: every slug, first to last. */
  reorder(slugs: string[]): Observable<Category[]> {
    return this.http.put<Page<Category>>(EXPERTS_API.adminCategoriesOrder, { slugs }).pipe(
      map((page) => sortByOrder(page.items ?? [])),
      tap(() => this.publicList.invalidate()),
    );
  }
}

function sortByOrder(items: Category[]): Category[] {
  return [...items].sort((a, b) => a.order - b.order);
}
