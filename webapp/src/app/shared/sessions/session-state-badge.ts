import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { SessionState } from '../../core/sessions/session.model';

/** A session's state as a pill: pulsing while ACTIVE, amber while REQUESTED, muted when over. */
@Component({
  selector: 'app-session-state-badge',
  imports: [TranslatePipe],
  host: {
    class: 'badge',
    '[class.badge--live]': "state() === 'ACTIVE'",
    '[class.badge--warning]': "state() === 'REQUESTED'",
    '[class.badge--muted]': 'over()',
    '[attr.data-state]': 'state()',
    '[attr.data-testid]': 'testId()',
  },
  template: `@if (!over()) {
      <span class="badge__dot" aria-hidden="true"></span>
    }
    {{ 'sessionStates.' + state() | translate }}`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionStateBadge {
  readonly state = input.required<SessionState>();
  readonly testId = input<string | null>(null);

  protected readonly over = computed(
    () => this.state() !== 'ACTIVE' && this.state() !== 'REQUESTED',
  );
}
