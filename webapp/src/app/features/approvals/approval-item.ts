import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { APPROVAL_NOTE_MAX, Approval } from '../../core/cost-centres/cost-centre.model';
import { Lang } from '../../core/i18n/languages';
import { timeOf } from '../../core/time/clock';
import { MoneyPipe } from '../../shared/experts/expert-pipes';
import { CHANNEL_ICONS } from '../../shared/experts/expert-rates';
import { DateTimePipe } from '../../shared/ui/date-time';
import { Icon } from '../../shared/ui/icon/icon';

export type Decision = 'approve' | 'reject';

/** An approver's answer: approve or reject, with an optional note. */
export interface DecisionRequest {
  approval: Approval;
  decision: Decision;
  note: string | null;
}

/** "12 min left", "less than a minute left" or "expired", until `expiresAt`. */
export function timeLeftText(expiresAt: string, now: number): { key: string; params?: object } {
  const ms = timeOf(expiresAt) - now;
  if (!Number.isFinite(ms) || ms <= 0) {
    return { key: 'approvals.item.expired' };
  }
  const minutes = Math.floor(ms / 60_000);
  return minutes < 1
    ? { key: 'approvals.item.underMinute' }
    : { key: 'approvals.item.minutesLeft', params: { count: minutes } };
}

/**
 * One approval of the inbox: who asks, for which expert and channel, how long and how much, on
 * which centre. Pending ones show the time left and Approve / Reject with an optional note (at
 * most 500 characters); decided ones who decided, when, and the note.
 */
@Component({
  selector: 'li[appApprovalItem]',
  imports: [RouterLink, TranslatePipe, Icon, MoneyPipe, DateTimePipe],
  templateUrl: './approval-item.html',
  styleUrl: './approval-item.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    'data-testid': 'approval-item',
    '[attr.data-id]': 'approval().id',
    '[attr.data-state]': 'approval().state',
    '[attr.data-code]': 'approval().code',
  },
})
export class ApprovalItem {
  readonly approval = input.required<Approval>();
  readonly lang = input.required<Lang>();
  /** Now on the server's clock, in ms. */
  readonly now = input.required<number>();
  /** A decision of this approval is on its way. */
  readonly busy = input(false);
  readonly decide = output<DecisionRequest>();

  protected readonly icons = CHANNEL_ICONS;
  protected readonly noteMax = APPROVAL_NOTE_MAX;
  protected readonly note = signal('');
  protected readonly pending = computed(() => this.approval().state === 'PENDING');
  protected readonly timeLeft = computed(() => timeLeftText(this.approval().expiresAt, this.now()));
  protected readonly noteId = computed(() => `approval-note-${this.approval().id}`);

  protected send(decision: Decision): void {
    if (this.busy()) {
      return;
    }
    const note = this.note().trim().slice(0, APPROVAL_NOTE_MAX);
    this.decide.emit({ approval: this.approval(), decision, note: note || null });
  }
}
