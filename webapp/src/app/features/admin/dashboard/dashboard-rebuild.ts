import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { DashboardRebuild as RebuildResult } from '../../../core/dashboards/dashboard.model';
import { DashboardService } from '../../../core/dashboards/dashboard.service';
import { onDemand } from '../../../core/http/on-demand';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { Icon } from '../../../shared/ui/icon/icon';
import { PageNotice } from '../../../shared/ui/notice/page-notice';

/**
 * "Recount from history" of `/admin/dashboard`: after a confirmation, replays past sessions and
 * reviews into the dashboard's figures (`POST /api/admin/dashboard/rebuild`, idempotent), says how
 * many it replayed (or why it failed) and emits `rebuilt` so that the page loads its figures again.
 */
@Component({
  selector: 'app-dashboard-rebuild',
  imports: [TranslatePipe, ConfirmDialog, Icon, PageNotice],
  template: `
    <div class="rebuild">
      <button
        type="button"
        class="btn btn--secondary btn--sm"
        data-testid="dashboard-rebuild"
        [disabled]="rebuild.running()"
        [attr.aria-busy]="rebuild.running()"
        (click)="confirming.set(true)"
      >
        @if (rebuild.running()) {
          <span class="spinner" aria-hidden="true"></span
          >{{ 'adminDashboard.rebuild.running' | translate }}
        } @else {
          <app-icon name="refresh" />{{ 'adminDashboard.rebuild.button' | translate }}
        }
      </button>
      @if (result(); as r) {
        <app-page-notice
          testId="dashboard-rebuild-done"
          [dismissLabel]="'adminDashboard.rebuild.dismiss' | translate"
          (dismissed)="result.set(null)"
          >{{ 'adminDashboard.rebuild.done' | translate: r }}</app-page-notice
        >
      }
      @if (rebuild.error(); as e) {
        <app-page-notice
          testId="dashboard-rebuild-error"
          tone="danger"
          [dismissLabel]="'adminDashboard.rebuild.dismiss' | translate"
          (dismissed)="rebuild.error.set(null)"
          >{{ e.text ?? (e.key | translate) }}</app-page-notice
        >
      }
    </div>
    @if (confirming()) {
      <app-confirm-dialog
        confirmTestId="dashboard-rebuild-confirm"
        cancelTestId="dashboard-rebuild-cancel"
        [title]="'adminDashboard.rebuild.title' | translate"
        [message]="'adminDashboard.rebuild.text' | translate"
        [confirmLabel]="'adminDashboard.rebuild.action' | translate"
        (confirmed)="start()"
        (cancelled)="confirming.set(false)"
      />
    }
  `,
  styles: `
    :host {
      display: block;
      margin-block-start: var(--space-3);
    }
    .rebuild {
      display: grid;
      justify-items: start;
      gap: var(--space-3);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardRebuild {
  private readonly api = inject(DashboardService);

  readonly rebuilt = output<void>();

  protected readonly confirming = signal(false);
  protected readonly result = signal<RebuildResult | null>(null);
  protected readonly rebuild = onDemand({
    request: () => this.api.rebuild(),
    next: (result: RebuildResult) => {
      this.result.set(result);
      this.rebuilt.emit();
    },
  });

  protected start(): void {
    this.confirming.set(false);
    this.result.set(null);
    this.rebuild.run();
  }
}
