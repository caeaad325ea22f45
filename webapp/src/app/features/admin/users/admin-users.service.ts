import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import { Role, User } from '../../../core/auth/auth.model';
import { BILLING_API, Grant, GrantRequest } from '../../../core/billing/billing.model';

export const ADMIN_USERS_URL = '/api/admin/users';

/** One page of `GET /api/admin/users` (page is 0-based). */
export interface UserPage {
  items: User[];
  total: number;
  page: number;
  size: number;
}

export interface UserQuery {
  q: string;
  role: Role | '';
  page: number;
}

export interface AdminUserPatch {
  suspended?: boolean;
  role?: Role;
}

/** `POST /api/admin/users/{id}/password-reset-link`: a one-time link to hand over. */
export interface ResetLink {
  url: string;
  /** ISO-8601 instant after which the link no longer works. */
  expiresAt: string;
}

/** Admin user management API, credit grants included. */
@Injectable({ providedIn: 'root' })
export class AdminUsersService {
  private readonly http = inject(HttpClient);

  list(query: UserQuery): Observable<UserPage> {
    let params = new HttpParams().set('page', query.page);
    if (query.q) {
      params = params.set('q', query.q);
    }
    if (query.role) {
      params = params.set('role', query.role);
    }
    return this.http.get<UserPage>(ADMIN_USERS_URL, { params });
  }

  update(id: string, patch: AdminUserPatch): Observable<User> {
    return this.http.patch<User>(`${ADMIN_USERS_URL}/${encodeURIComponent(id)}`, patch);
  }

  /**
   * A one-time password reset link for the user (works once, for 30 minutes), for the
   * administrator to hand over, e.g. where the desk sends no e-mail.
   */
  resetLink(id: string): Observable<ResetLink> {
    return this.http.post<ResetLink>(
      `${ADMIN_USERS_URL}/${encodeURIComponent(id)}/password-reset-link`,
      null,
    );
  }

  /** Credits a user's wallet (amount in minor units): 400 with field errors, 404 without such user. */
  grant(request: GrantRequest): Observable<Grant> {
    return this.http.post<Grant>(BILLING_API.grants, request);
  }
}
