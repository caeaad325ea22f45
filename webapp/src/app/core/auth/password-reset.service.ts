import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { withoutAuth } from './auth-http-context';
import { AUTH_API, PasswordResetConfirmation } from './auth.model';

/** "Forgot your password?": asking for a reset link and choosing a new password with it. */
@Injectable({ providedIn: 'root' })
export class PasswordResetService {
  private readonly http = inject(HttpClient);

  /**
   * Asks for a reset link for `email`. The server answers 202 whether or not such an account
   * exists (nobody learns which addresses have one).
   */
  request(email: string): Observable<void> {
    return this.http
      .post<unknown>(AUTH_API.passwordReset, { email }, { context: withoutAuth() })
      .pipe(map(() => undefined));
  }

  /**
   * Sets a new password with a link's token: 204, or 400 with field errors (`token`: the link is
   * invalid, expired or used; `password`: the password rules). The server ends every sign-in of
   * the account.
   */
  confirm(confirmation: PasswordResetConfirmation): Observable<void> {
    return this.http
      .post<unknown>(AUTH_API.passwordResetConfirm, confirmation, { context: withoutAuth() })
      .pipe(map(() => undefined));
  }
}
