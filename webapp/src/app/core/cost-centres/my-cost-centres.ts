import { Injectable, computed, inject, signal } from '@angular/core';
import { Subscription } from 'rxjs';

import { AuthService } from '../auth/auth.service';
import { MyCostCentre, memberCentres } from './cost-centre.model';
import { CostCentresService } from './cost-centres.service';

/** What was read for which user. */
interface Held {
  userId: string;
  centres: MyCostCentre[];
}

/**
 * The signed-in user's cost centres (`GET /api/cost-centres/mine`), shared by the header (the
 * approvers' link), the expert page and the desk ("Pay with"). Kept per user: another account
 * signing in on the tab sees nothing of the previous one's. A failed read counts as no centres
 * (the wallet is always there).
 */
@Injectable({ providedIn: 'root' })
export class MyCostCentres {
  private readonly api = inject(CostCentresService);
  private readonly auth = inject(AuthService);
  private readonly held = signal<Held | null>(null);
  private readonly loadingFor = signal<string | null>(null);
  private request?: Subscription;

  private readonly userId = computed(() =>
    this.auth.isAuthenticated() ? (this.auth.user()?.id ?? null) : null,
  );

  /** Every centre of the user (member or approver), as last read. */
  readonly centres = computed<MyCostCentre[]>(() => {
    const held = this.held();
    return held && held.userId === this.userId() ? held.centres : [];
  });
  /** Read at least once for the signed-in user. */
  readonly loaded = computed(() => {
    const held = this.held();
    return !!held && held.userId === this.userId();
  });
  readonly loading = computed(() => {
    const id = this.loadingFor();
    return id !== null && id === this.userId();
  });
  /** The centres the user may charge (member of, active). */
  readonly chargeable = computed(() => memberCentres(this.centres()));
  /** The centres whose approvals the user decides. */
  readonly approverOf = computed(() => this.centres().filter((c) => c.approver));
  readonly isApprover = computed(() => this.approverOf().length > 0);

  /** Reads the centres unless they are known (or on their way) for the signed-in user. */
  ensureLoaded(): void {
    const userId = this.userId();
    if (userId && !this.loaded() && this.loadingFor() !== userId) {
      this.reload();
    }
  }

  /** Reads the centres again (fresh balances), the newest answer winning. */
  reload(): void {
    const userId = this.userId();
    this.request?.unsubscribe();
    if (!userId) {
      this.loadingFor.set(null);
      return;
    }
    this.loadingFor.set(userId);
    this.request = this.api.mine().subscribe({
      next: (centres) => this.done(userId, Array.isArray(centres) ? centres : []),
      error: () => this.done(userId, this.loaded() ? this.centres() : []),
    });
  }

  /** The centre `code` of the user, if any. */
  find(code: string | null | undefined): MyCostCentre | undefined {
    return code ? this.centres().find((c) => c.code === code) : undefined;
  }

  private done(userId: string, centres: MyCostCentre[]): void {
    this.loadingFor.set(null);
    this.held.set({ userId, centres });
  }
}
