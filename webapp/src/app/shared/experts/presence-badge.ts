import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { Presence } from '../../core/experts/expert.model';

/** "Online" / "Busy" / "Offline" pill with a coloured dot (`data-presence` carries the value). */
@Component({
  selector: 'app-presence-badge',
  imports: [TranslatePipe],
  host: {
    class: 'presence',
    '[class.presence--online]': "presence() === 'ONLINE'",
    '[class.presence--busy]': "presence() === 'BUSY'",
    '[attr.data-presence]': 'presence()',
    '[attr.data-testid]': 'testId()',
  },
  template: `<span class="presence__dot" aria-hidden="true"></span>{{
      'presence.' + presence() | translate
    }}`,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: var(--space-2);
      padding: 0.1rem var(--space-3);
      border-radius: var(--radius-pill);
      background: var(--color-surface-muted);
      color: var(--color-text-muted);
      font-size: var(--text-xs);
      font-weight: 700;
      white-space: nowrap;
    }
    :host(.presence--online) {
      background: var(--color-success-soft);
      color: var(--color-success);
    }
    :host(.presence--busy) {
      background: var(--color-warning-soft);
      color: var(--color-warning);
    }
    .presence__dot {
      inline-size: 0.5rem;
      block-size: 0.5rem;
      border-radius: 50%;
      background: currentColor;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PresenceBadge {
  readonly presence = input.required<Presence>();
  readonly testId = input<string | null>(null);
}
