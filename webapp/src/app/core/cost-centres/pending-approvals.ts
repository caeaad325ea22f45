import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { Subscription } from 'rxjs';

import { AuthService } from '../auth/auth.service';
import { RealtimeService } from '../realtime/realtime.service';
import { Approval, isApproval } from './cost-centre.model';
import { CostCentresService } from './cost-centres.service';

/**
 * How many approvals wait for the signed-in approver (the header's badge): read once with
 * {@link ensureLoaded}, then followed live (`approval.requested` adds one, `approval.decided`
 * takes it away) and read again after every reconnection. The inbox page hands over what it reads.
 */
@Injectable({ providedIn: 'root' })
export class PendingApprovals {
  private readonly api = inject(CostCentresService);
  private readonly auth = inject(AuthService);
  private readonly realtime = inject(RealtimeService);
  private readonly held = signal<{ userId: string; ids: ReadonlySet<string> } | null>(null);
  private following: string | null = null;
  private request?: Subscription;

  private readonly userId = computed(() =>
    this.auth.isAuthenticated() ? (this.auth.user()?.id ?? null) : null,
  );

  /** The pending approvals' ids, for the signed-in user. */
  private readonly ids = computed<ReadonlySet<string>>(() => {
    const held = this.held();
    return held && held.userId === this.userId() ? held.ids : new Set<string>();
  });
  readonly count = computed(() => this.ids().size);

  constructor() {
    const subscriptions = [
      this.realtime.on('approval.requested').subscribe((event) => {
        if (isApproval(event.approval) && event.approval.state === 'PENDING') {
          this.change((ids) => ids.add(event.approval.id));
        }
      }),
      this.realtime.on('approval.decided').subscribe((event) => {
        if (isApproval(event.approval) && event.approval.state !== 'PENDING') {
          this.change((ids) => ids.delete(event.approval.id));
        }
      }),
      this.realtime.connected$.subscribe(() => {
        if (this.following !== null && this.following === this.userId()) {
          this.reload();
        }
      }),
    ];
    inject(DestroyRef).onDestroy(() => {
      subscriptions.forEach((s) => s.unsubscribe());
      this.request?.unsubscribe();
    });
  }

  /** Starts counting for the signed-in approver (once per user). */
  ensureLoaded(): void {
    const userId = this.userId();
    if (userId && this.following !== userId) {
      this.following = userId;
      this.reload();
    }
  }

  /** What the inbox read with the PENDING filter: the count follows it. */
  replace(pending: readonly Approval[]): void {
    const userId = this.userId();
    if (userId) {
      this.held.set({ userId, ids: new Set(pending.map((a) => a.id)) });
    }
  }

  /** An approval decided here (the frame may come later, or not at all). */
  decided(id: string): void {
    this.change((ids) => ids.delete(id));
  }

  private reload(): void {
    const userId = this.userId();
    this.request?.unsubscribe();
    if (!userId) {
      return;
    }
    this.request = this.api.approvals('PENDING').subscribe({
      next: (list) => {
        if (this.userId() === userId) {
          this.held.set({ userId, ids: new Set((list ?? []).map((a) => a.id)) });
        }
      },
      error: () => undefined, // no badge rather than a wrong one
    });
  }

  private change(edit: (ids: Set<string>) => void): void {
    const userId = this.userId();
    if (!userId || (this.following !== userId && this.held()?.userId !== userId)) {
      return; // not counting for this user (yet)
    }
    const ids = new Set(this.ids());
    edit(ids);
    this.held.set({ userId, ids });
  }
}
