import { DestroyRef, Injectable, inject } from '@angular/core';
import { Router } from '@angular/router';
import { merge } from 'rxjs';

import { AuthService } from '../auth/auth.service';
import { RealtimeService } from '../realtime/realtime.service';
import { DeskRequestStore } from './desk-request-store';

/**
 * A client whose desk request is picked while they are on another page of the app is taken to the
 * session room all the same: the session is ACTIVE (and charged) from the pick. On `/desk` itself
 * the page does it. Call {@link start} once (see `provideRealtime()`).
 */
@Injectable({ providedIn: 'root' })
export class DeskPickWatcher {
  private readonly realtime = inject(RealtimeService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly store = inject(DeskRequestStore);
  private readonly destroyRef = inject(DestroyRef);
  private started = false;

  start(): void {
    if (this.started) {
      return;
    }
    this.started = true;
    const picked = this.realtime.on('desk.picked').subscribe((event) => {
      if (this.auth.role() !== 'CLIENT' || typeof event.sessionId !== 'string') {
        return;
      }
      const path = this.router.url.split(/[?#]/)[0];
      if (path === '/desk') {
        return; // the desk page follows its own request
      }
      this.store.clear();
      if (path !== `/sessions/${event.sessionId}`) {
        void this.router.navigate(['/sessions', event.sessionId]);
      }
    });
    // A request that ended unpicked (waited too long, or picked but could not start) is forgotten;
    // on `/desk` the page does it, and says why.
    const ended = merge(
      this.realtime.on('desk.expired'),
      this.realtime.on('desk.cancelled'),
    ).subscribe(() => {
      if (this.router.url.split(/[?#]/)[0] !== '/desk') {
        this.store.clear();
      }
    });
    this.destroyRef.onDestroy(() => {
      picked.unsubscribe();
      ended.unsubscribe();
    });
  }
}
