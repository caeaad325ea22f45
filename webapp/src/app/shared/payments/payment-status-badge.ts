import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { PayoutStatus, RefundStatus, TopupStatus } from '../../core/payments/payments.model';

export type PaymentStatus = TopupStatus | PayoutStatus | RefundStatus;
type Tone = 'success' | 'warning' | 'danger' | 'muted';

/** How each status looks: done well, waiting, gone wrong, or over with money given back. */
const TONES: Record<PaymentStatus, Tone> = {
  SUCCEEDED: 'success',
  PAID: 'success',
  PENDING: 'warning',
  HELD: 'warning',
  REQUESTED: 'warning',
  PROCESSING: 'warning',
  FAILED: 'danger',
  EXPIRED: 'danger',
  REJECTED: 'danger',
  REFUNDED: 'muted',
  PARTIALLY_REFUNDED: 'muted',
};

/**
 * A top-up's, refund's or payout's status as a pill (green when paid, amber while waiting, red
 * when it failed, grey once refunded), named by `payments.status.<STATUS>`; `data-status` holds
 * the status.
 */
@Component({
  selector: 'app-payment-status-badge',
  imports: [TranslatePipe],
  host: {
    class: 'badge',
    '[class.badge--success]': "tone() === 'success'",
    '[class.badge--warning]': "tone() === 'warning'",
    '[class.badge--danger]': "tone() === 'danger'",
    '[class.badge--muted]': "tone() === 'muted'",
    '[attr.data-status]': 'status()',
    '[attr.data-testid]': 'testId()',
  },
  template: `{{ 'payments.status.' + status() | translate }}`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaymentStatusBadge {
  readonly status = input.required<PaymentStatus>();
  readonly testId = input<string | null>(null);

  protected readonly tone = computed<Tone>(() => TONES[this.status()] ?? 'muted');
}
