import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { RealtimeService } from '../../../core/realtime/realtime.service';
import { Session, SessionSide, otherParty } from '../../../core/sessions/session.model';
import { formatClock, injectNow, timeOf } from '../../../core/time/clock';
import { Icon } from '../../../shared/ui/icon/icon';

/**
 * A REQUESTED session: the client waits (with Cancel), the expert decides (Accept / Decline);
 * both see how long is left before the request expires.
 */
@Component({
  selector: 'app-request-panel',
  imports: [TranslatePipe, Icon],
  template: `
    <section class="card request" data-testid="session-request" aria-labelledby="request-title">
      <span class="request__pulse" aria-hidden="true"><app-icon [name]="icon()" /></span>
      @if (side() === 'expert') {
        <h2 id="request-title">
          {{ 'sessions.request.incomingTitle' | translate: { name: other().displayName } }}
        </h2>
        <p class="request__text">
          {{
            'sessions.request.incomingText'
              | translate: { channel: ('channels.' + session().channel | translate) }
          }}
        </p>
      } @else {
        <h2 id="request-title" data-testid="session-waiting">
          {{ 'sessions.request.waitingTitle' | translate: { name: other().displayName } }}
        </h2>
        <p class="request__text">
          {{ 'sessions.request.waitingText' | translate: { name: other().displayName } }}
        </p>
      }

      <p class="request__countdown">
        <span>{{ 'sessions.request.countdown' | translate }}</span>
        <time data-testid="session-countdown" role="timer">{{ countdown() }}</time>
      </p>

      @if (side() === 'expert') {
        <div class="request__actions">
          <button
            type="button"
            class="btn btn--primary btn--lg"
            data-testid="session-accept"
            [disabled]="busy()"
            (click)="accept.emit()"
          >
            <app-icon name="check" />{{ 'sessions.request.accept' | translate }}
          </button>
          <button
            type="button"
            class="btn btn--secondary btn--lg"
            data-testid="session-decline"
            [disabled]="busy()"
            (click)="decline.emit()"
          >
            <app-icon name="close" />{{ 'sessions.request.decline' | translate }}
          </button>
        </div>
      } @else if (side() === 'client') {
        <div class="request__actions">
          <button
            type="button"
            class="btn btn--secondary"
            data-testid="session-cancel"
            [disabled]="busy()"
            (click)="cancel.emit()"
          >
            <app-icon name="close" />{{ 'sessions.request.cancel' | translate }}
          </button>
        </div>
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .request {
      display: grid;
      justify-items: center;
      gap: var(--space-3);
      padding-block: var(--space-10);
      text-align: center;
      h2 {
        margin: 0;
        font-size: var(--text-xl);
        overflow-wrap: anywhere;
      }
    }
    .request__pulse {
      display: grid;
      place-items: center;
      inline-size: 4rem;
      block-size: 4rem;
      border-radius: 50%;
      background: var(--color-primary-soft);
      color: var(--color-primary);
      font-size: 1.75rem;
      animation: pulse 1.6s ease-in-out infinite;
    }
    .request__text {
      margin: 0;
      max-inline-size: 32rem;
      color: var(--color-text-muted);
    }
    .request__countdown {
      display: grid;
      justify-items: center;
      margin: 0;
      color: var(--color-text-muted);
      font-size: var(--text-sm);
      time {
        color: var(--color-text);
        font-size: 2rem;
        font-weight: 800;
        font-variant-numeric: tabular-nums;
      }
    }
    .request__actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: var(--space-3);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestPanel {
  private readonly offset = inject(RealtimeService).serverOffsetMs;
  private readonly now = injectNow();

  readonly session = input.required<Session>();
  readonly side = input.required<SessionSide | null>();
  readonly busy = input(false);
  readonly accept = output<void>();
  readonly decline = output<void>();
  readonly cancel = output<void>();

  protected readonly other = computed(() => otherParty(this.session(), this.side() ?? 'client'));
  protected readonly icon = computed(() =>
    this.session().channel === 'CHAT'
      ? 'chat'
      : this.session().channel === 'AUDIO'
        ? 'audio'
        : 'video',
  );
  protected readonly countdown = computed(() =>
    formatClock(timeOf(this.session().expiresAt) - this.now() - this.offset(), { ceil: true }),
  );
}
