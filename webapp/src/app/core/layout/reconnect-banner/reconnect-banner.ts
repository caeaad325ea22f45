import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { RealtimeService } from '../../realtime/realtime.service';

/** "Reconnecting…" at the foot of the (sticky) header while the realtime connection is being re-established. */
@Component({
  selector: 'app-reconnect-banner',
  imports: [TranslatePipe],
  template: `
    <div aria-live="polite">
      @if (reconnecting()) {
        <p class="reconnect" role="status" data-testid="reconnect-banner">
          <span class="spinner" aria-hidden="true"></span>{{ 'realtime.reconnecting' | translate }}
        </p>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .reconnect {
      display: flex;
      align-items: center;
      justify-content: center;
      gap: var(--space-2);
      margin: 0;
      padding: var(--space-2) var(--space-4);
      border-block-end: 1px solid color-mix(in srgb, var(--color-warning) 30%, transparent);
      background: var(--color-warning-soft);
      color: var(--color-text);
      font-size: var(--text-sm);
      font-weight: 600;
      text-align: center;
    }
    .spinner {
      inline-size: 1rem;
      block-size: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReconnectBanner {
  private readonly status = inject(RealtimeService).status;
  protected readonly reconnecting = computed(() => this.status() === 'reconnecting');
}
