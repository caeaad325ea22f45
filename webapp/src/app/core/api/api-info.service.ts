import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Subscription } from 'rxjs';

import { withoutAuth } from '../auth/auth-http-context';
import { UserMessage, toUserMessage } from '../http/problem';
import { ApiInfo } from './api-info.model';

export const API_INFO_URL = '/api/info';

export type ApiInfoState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'success'; readonly info: ApiInfo }
  | { readonly status: 'error'; readonly error: UserMessage };

/** Server name/version/database mode from `GET /api/info`, shared by the whole app as signals. */
@Injectable({ providedIn: 'root' })
export class ApiInfoService {
  private readonly http = inject(HttpClient);
  private readonly current = signal<ApiInfoState>({ status: 'idle' });
  private request?: Subscription;

  readonly state = this.current.asReadonly();
  /** The last successfully loaded info, or undefined. */
  readonly info = computed(() => {
    const s = this.current();
    return s.status === 'success' ? s.info : undefined;
  });

  /** Loads unless already loaded or loading (retries after an error). */
  ensureLoaded(): void {
    const { status } = this.current();
    if (status === 'idle' || status === 'error') {
      this.load();
    }
  }

  /** (Re)loads now, cancelling a request still in flight. */
  load(): void {
    this.request?.unsubscribe();
    this.current.set({ status: 'loading' });
    // Public information: sent without the access token, so that no session state (a token
    // that needs refreshing, a password that must be changed first) can get in its way.
    this.request = this.http.get<ApiInfo>(API_INFO_URL, { context: withoutAuth() }).subscribe({
      next: (info) => this.current.set({ status: 'success', info }),
      error: (error: unknown) => this.current.set({ status: 'error', error: toUserMessage(error) }),
    });
  }
}
