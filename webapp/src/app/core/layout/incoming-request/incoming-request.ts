import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, map } from 'rxjs';

import { Icon } from '../../../shared/ui/icon/icon';
import { UserMessage, toUserMessage } from '../../http/problem';
import { RealtimeService } from '../../realtime/realtime.service';
import { AttentionService } from '../../sessions/attention.service';
import { IncomingRequestsService } from '../../sessions/incoming-requests.service';
import { SessionsService } from '../../sessions/sessions.service';
import { formatClock, injectNow, timeOf } from '../../time/clock';

/**
 * The expert's incoming-request card, mounted once in the app shell so it shows on any page:
 * client, channel, time left, Accept (then the room) and Decline; "N more waiting" when requests
 * queue up; a way to turn on desktop notifications. Non-modal: the page stays usable.
 */
@Component({
  selector: 'app-incoming-request',
  imports: [TranslatePipe, Icon],
  templateUrl: './incoming-request.html',
  styleUrl: './incoming-request.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncomingRequest {
  private readonly requests = inject(IncomingRequestsService);
  private readonly api = inject(SessionsService);
  private readonly router = inject(Router);
  private readonly attention = inject(AttentionService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly offset = inject(RealtimeService).serverOffsetMs;
  private readonly now = injectNow();
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((e) => e instanceof NavigationEnd),
      map((e) => e.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );

  /** Requests not expired yet, without the one whose room is open (it has its own buttons). */
  private readonly waiting = computed(() => {
    const now = this.now() + this.offset();
    const url = this.url().split(/[?#]/)[0];
    return this.requests
      .queue()
      .filter((s) => timeOf(s.expiresAt) > now && url !== `/sessions/${s.id}`);
  });
  protected readonly current = computed(() => this.waiting()[0] ?? null);
  protected readonly more = computed(() => Math.max(0, this.waiting().length - 1));
  protected readonly countdown = computed(() => {
    const current = this.current();
    return current
      ? formatClock(timeOf(current.expiresAt) - this.now() - this.offset(), { ceil: true })
      : '';
  });
  protected readonly canEnableNotifications = computed(
    () => this.attention.permission() === 'default',
  );
  protected readonly busy = signal(false);
  protected readonly error = signal<{ id: string; message: UserMessage } | null>(null);
  protected readonly currentError = computed(() => {
    const error = this.error();
    return error && error.id === this.current()?.id ? error.message : null;
  });

  protected accept(): void {
    this.answer('accept');
  }

  protected decline(): void {
    this.answer('decline');
  }

  /** Drops the request shown (after an error). */
  protected dismiss(): void {
    const current = this.current();
    if (current) {
      this.requests.remove(current.id);
    }
    this.error.set(null);
  }

  protected enableNotifications(): void {
    void this.attention.requestPermission();
  }

  private answer(action: 'accept' | 'decline'): void {
    const current = this.current();
    if (!current || this.busy()) {
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.api
      .act(current.id, action)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (session) => {
          this.busy.set(false);
          this.requests.remove(current.id);
          if (action === 'accept') {
            void this.router.navigate(['/sessions', session.id]);
          }
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.error.set({ id: current.id, message: toUserMessage(error) });
        },
      });
  }
}
