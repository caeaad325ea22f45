import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { RealtimeService } from '../../../core/realtime/realtime.service';
import { Session, SessionSide, otherParty } from '../../../core/sessions/session.model';
import { formatClock, injectNow, timeOf } from '../../../core/time/clock';
import { ExpertAvatar } from '../../../shared/experts/expert-avatar';
import { CHANNEL_ICONS } from '../../../shared/experts/expert-rates';
import { SessionStateBadge } from '../../../shared/sessions/session-state-badge';
import { Icon } from '../../../shared/ui/icon/icon';

/**
 * The room's header: who the session is with, channel and state, the time elapsed since it started
 * (while ACTIVE), and "End session" with an inline confirmation.
 */
@Component({
  selector: 'app-room-header',
  imports: [TranslatePipe, Icon, ExpertAvatar, SessionStateBadge],
  template: `
    @let s = session();
    <header class="card room-header">
      <app-expert-avatar [name]="other().displayName" [url]="other().avatarUrl ?? null" />
      <div class="room-header__who">
        <h1 class="room-header__name" data-testid="session-counterpart">
          {{ other().displayName }}
        </h1>
        <p class="room-header__meta">
          <span class="room-header__channel" data-testid="session-channel">
            <app-icon [name]="icons[s.channel]" />{{ 'channels.' + s.channel | translate }}
          </span>
          <app-session-state-badge testId="session-state" [state]="s.state" />
          @if (s.fundedBy?.code; as code) {
            <span
              class="room-header__channel"
              data-testid="session-funded-by"
              [attr.data-code]="code"
            >
              <app-icon name="briefcase" />{{ 'funding.paidBy' | translate: { code: code } }}
            </span>
          }
        </p>
      </div>

      @if (s.state === 'ACTIVE') {
        <p class="room-header__timer">
          <span class="room-header__label">{{ 'sessions.room.elapsed' | translate }}</span>
          <time class="room-header__clock" data-testid="session-elapsed" role="timer">{{
            elapsed()
          }}</time>
        </p>
        @if (side() && !confirming()) {
          <button
            type="button"
            class="btn btn--danger"
            data-testid="session-end"
            [disabled]="busy()"
            (click)="confirming.set(true)"
          >
            <app-icon name="close" />{{ 'sessions.room.end' | translate }}
          </button>
        }
      }
    </header>

    @if (confirming() && s.state === 'ACTIVE') {
      <div
        class="alert alert--warning room-header__confirm"
        role="alertdialog"
        aria-labelledby="end-q"
      >
        <app-icon name="alert" />
        <div class="alert__body">
          <p id="end-q" class="state-box__title">{{ 'sessions.room.endQuestion' | translate }}</p>
          <p>{{ 'sessions.room.endText' | translate }}</p>
          <div class="form__actions">
            <button
              type="button"
              class="btn btn--danger btn--sm"
              data-testid="session-end-confirm"
              [disabled]="busy()"
              (click)="confirm()"
            >
              {{ 'sessions.room.endYes' | translate }}
            </button>
            <button
              type="button"
              class="btn btn--secondary btn--sm"
              data-testid="session-end-cancel"
              (click)="confirming.set(false)"
            >
              {{ 'sessions.room.endNo' | translate }}
            </button>
          </div>
        </div>
      </div>
    }
  `,
  styles: `
    :host {
      display: grid;
      gap: var(--space-3);
    }
    .room-header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--space-3) var(--space-5);
      padding: var(--space-4) var(--space-5);
    }
    .room-header__who {
      display: grid;
      gap: var(--space-1);
      flex: 1 1 14rem;
      min-inline-size: 0;
    }
    .room-header__name {
      margin: 0;
      font-size: var(--text-xl);
      overflow-wrap: anywhere;
    }
    .room-header__meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--space-3);
      margin: 0;
    }
    .room-header__channel {
      display: inline-flex;
      align-items: center;
      gap: var(--space-2);
      color: var(--color-text-muted);
      font-size: var(--text-sm);
      app-icon {
        color: var(--color-primary);
      }
    }
    .room-header__timer {
      display: grid;
      justify-items: end;
      margin: 0;
    }
    .room-header__label {
      color: var(--color-text-muted);
      font-size: var(--text-xs);
      font-weight: 700;
      letter-spacing: 0.04em;
      text-transform: uppercase;
    }
    .room-header__clock {
      font-size: var(--text-xl);
      font-weight: 800;
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoomHeader {
  private readonly offset = inject(RealtimeService).serverOffsetMs;
  private readonly now = injectNow();

  readonly session = input.required<Session>();
  /** The signed-in user's side, or null for an observer (administrator). */
  readonly side = input.required<SessionSide | null>();
  /** An action is being sent. */
  readonly busy = input(false);
  readonly end = output<void>();

  protected readonly icons = CHANNEL_ICONS;
  protected readonly confirming = signal(false);
  protected readonly other = computed(() => otherParty(this.session(), this.side() ?? 'client'));
  protected readonly elapsed = computed(() => {
    const started = timeOf(this.session().startedAt);
    return formatClock(this.now() + this.offset() - started, { pad: true });
  });

  protected confirm(): void {
    this.confirming.set(false);
    this.end.emit();
  }
}
