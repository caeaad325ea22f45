import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { Session, SessionSide, otherParty } from '../../../core/sessions/session.model';
import { formatClock, timeOf } from '../../../core/time/clock';
import { endedMessageKey, endedMessageParams } from '../../../shared/sessions/ended-message';
import { Icon } from '../../../shared/ui/icon/icon';

/** A session that is over: why (`data-reason`), how long it lasted, and where to go next. */
@Component({
  selector: 'app-ended-panel',
  imports: [RouterLink, TranslatePipe, Icon],
  template: `
    @let s = session();
    <section
      class="card ended"
      data-testid="session-ended"
      role="status"
      [attr.data-reason]="s.endReason ?? s.state"
    >
      <span class="ended__icon" aria-hidden="true"><app-icon [name]="icon()" /></span>
      <div class="ended__body">
        <h2 class="ended__title">{{ 'sessions.ended.title.' + s.state | translate }}</h2>
        <p class="ended__text" data-testid="session-ended-message">
          {{ 'sessions.ended.reasons.' + messageKey() | translate: messageParams() }}
        </p>
        @if (duration(); as d) {
          <p class="ended__duration" data-testid="session-duration">
            {{ 'sessions.ended.duration' | translate: { duration: d } }}
          </p>
        }
        <div class="form__actions">
          @if (side() === 'client' && s.endReason === 'FUNDS') {
            <a class="btn btn--primary btn--sm" routerLink="/wallet" data-testid="session-wallet">
              <app-icon name="wallet" />{{ 'sessions.ended.wallet' | translate }}
            </a>
          }
          @if (side() === 'client') {
            <a
              class="btn btn--primary btn--sm"
              data-testid="session-back-expert"
              [routerLink]="['/experts', s.expert.id]"
            >
              <app-icon name="user" />{{
                'sessions.ended.backToExpert' | translate: { name: s.expert.displayName }
              }}
            </a>
          }
          <a
            class="btn btn--secondary btn--sm"
            routerLink="/sessions"
            data-testid="session-back-sessions"
          >
            <app-icon name="arrowLeft" />{{ 'sessions.ended.allSessions' | translate }}
          </a>
        </div>
      </div>
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .ended {
      display: flex;
      align-items: flex-start;
      gap: var(--space-4);
    }
    .ended__icon {
      display: grid;
      place-items: center;
      flex: none;
      inline-size: 3rem;
      block-size: 3rem;
      border-radius: 50%;
      background: var(--color-surface-muted);
      color: var(--color-text-muted);
      font-size: 1.5rem;
    }
    .ended__body {
      display: grid;
      gap: var(--space-2);
      min-inline-size: 0;
    }
    .ended__title {
      margin: 0;
      font-size: var(--text-xl);
    }
    .ended__text,
    .ended__duration {
      margin: 0;
      color: var(--color-text-muted);
    }
    .ended__duration {
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EndedPanel {
  readonly session = input.required<Session>();
  readonly side = input.required<SessionSide | null>();

  protected readonly other = computed(() => otherParty(this.session(), this.side() ?? 'client'));
  protected readonly messageKey = computed(() => endedMessageKey(this.session(), this.side()));
  protected readonly messageParams = computed(() =>
    endedMessageParams(this.session(), this.other().displayName),
  );
  protected readonly icon = computed(() =>
    this.session().state === 'ENDED' &&
    this.session().endReason !== 'DISCONNECT' &&
    this.session().endReason !== 'FUNDS' &&
    this.session().endReason !== 'SUSPENDED'
      ? 'check'
      : 'ban',
  );
  protected readonly duration = computed(() => {
    const s = this.session();
    const started = timeOf(s.startedAt);
    const ended = timeOf(s.endedAt);
    return Number.isNaN(started) || Number.isNaN(ended)
      ? null
      : formatClock(ended - started, { pad: true });
  });
}
