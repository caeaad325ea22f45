import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import { Subscription } from 'rxjs';

import { Settlement, unitSuffixKey } from '../../../../core/billing/billing.model';
import { BillingService } from '../../../../core/billing/billing.service';
import { UserMessage, toUserMessage } from '../../../../core/http/problem';
import { LanguageService } from '../../../../core/i18n/language.service';
import { Session, SessionSide } from '../../../../core/sessions/session.model';
import { formatClock } from '../../../../core/time/clock';
import { MoneyPipe } from '../../../../shared/experts/expert-pipes';
import { Icon } from '../../../../shared/ui/icon/icon';

/** Where the receipt is: being fetched, still not settled after the retries, failed, or not ours. */
type ReceiptStatus = 'idle' | 'loading' | 'pending' | 'error' | 'hidden';

/**
 * The receipt of an ended session: duration, minutes billed, free minutes, rate and total, and for
 * the expert also the commission and their earning. From `session.settlement` when the session
 * carries it, else from `GET /api/sessions/{id}/receipt`, asked again while it answers 409 (the
 * settlement follows the end within a second or two). A 404 (no receipt for this user) shows
 * nothing.
 */
@Component({
  selector: 'app-receipt',
  imports: [TranslatePipe, Icon, MoneyPipe],
  host: { '[style.display]': "settlement() || status() !== 'hidden' ? null : 'none'" },
  template: `
    @if (settlement(); as r) {
      <section
        class="card receipt"
        data-testid="receipt"
        aria-labelledby="receipt-title"
        [attr.data-session-id]="r.sessionId"
        [attr.data-total]="r.total"
        [attr.data-currency]="r.currency"
      >
        <h2 id="receipt-title" class="receipt__title">
          <app-icon name="check" />{{ 'billing.receipt.title' | translate }}
        </h2>
        <dl class="receipt__lines">
          <div>
            <dt>{{ 'billing.receipt.duration' | translate }}</dt>
            <dd data-testid="receipt-duration">{{ duration() }}</dd>
          </div>
          <div>
            <dt>{{ 'billing.receipt.minutes' | translate }}</dt>
            <dd data-testid="receipt-minutes">{{ r.unitsBilled }}</dd>
          </div>
          <div>
            <dt>{{ 'billing.receipt.free' | translate }}</dt>
            <dd data-testid="receipt-free">{{ r.freeUnits }}</dd>
          </div>
          <div>
            <dt>{{ 'billing.receipt.paid' | translate }}</dt>
            <dd data-testid="receipt-paid">{{ r.paidUnits }}</dd>
          </div>
          <div>
            <dt>{{ 'billing.receipt.rate' | translate }}</dt>
            <dd data-testid="receipt-rate">
              {{ r.rate | money: r.currency : lang()
              }}{{ unitKey(r.unitSeconds) | translate: { seconds: r.unitSeconds } }}
            </dd>
          </div>
          <div class="receipt__total">
            <dt>
              {{
                (side() === 'client' ? 'billing.receipt.total' : 'billing.receipt.totalPaid')
                  | translate
              }}
            </dt>
            <dd data-testid="receipt-total">{{ r.total | money: r.currency : lang() }}</dd>
          </div>
          @if (side() !== 'client') {
            <div>
              <dt>
                {{ 'billing.receipt.commission' | translate: { percent: percent() } }}
              </dt>
              <dd data-testid="receipt-commission">
                −{{ r.commission | money: r.currency : lang() }}
              </dd>
            </div>
            <div class="receipt__total receipt__total--earning">
              <dt>
                {{
                  (side() === 'expert'
                    ? 'billing.receipt.earning'
                    : 'billing.receipt.expertEarning'
                  ) | translate
                }}
              </dt>
              <dd data-testid="receipt-earning">
                {{ r.expertEarning | money: r.currency : lang() }}
              </dd>
            </div>
          }
        </dl>
      </section>
    } @else if (status() === 'loading') {
      <div class="card state-box receipt__state" role="status" data-testid="receipt-loading">
        <span class="spinner" aria-hidden="true"></span>
        <p>{{ 'billing.receipt.loading' | translate }}</p>
      </div>
    } @else if (status() === 'pending' || status() === 'error') {
      <div class="alert alert--warning" role="alert" data-testid="receipt-error">
        <app-icon name="alert" />
        <div class="alert__body">
          <p class="state-box__title">
            {{
              (status() === 'pending' ? 'billing.receipt.pending' : 'billing.receipt.errorTitle')
                | translate
            }}
          </p>
          @if (error(); as e) {
            <p>{{ e.text ?? (e.key | translate) }}</p>
          }
          <div>
            <button
              type="button"
              class="btn btn--secondary btn--sm"
              data-testid="receipt-retry"
              (click)="load()"
            >
              <app-icon name="refresh" />{{ 'billing.receipt.retry' | translate }}
            </button>
          </div>
        </div>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .receipt {
      display: grid;
      gap: var(--space-3);
    }
    .receipt__title {
      display: inline-flex;
      align-items: center;
      gap: var(--space-2);
      margin: 0;
      font-size: var(--text-lg);
      app-icon {
        color: var(--color-success);
      }
    }
    .receipt__lines {
      display: grid;
      gap: var(--space-2);
      margin: 0;
      > div {
        display: flex;
        justify-content: space-between;
        gap: var(--space-4);
        padding-block-end: var(--space-2);
        border-block-end: 1px dashed var(--color-border);
      }
      dt {
        color: var(--color-text-muted);
      }
      dd {
        margin: 0;
        font-weight: 600;
        font-variant-numeric: tabular-nums;
        text-align: end;
      }
    }
    .receipt__total {
      font-size: var(--text-lg);
      dt {
        color: var(--color-text);
        font-weight: 700;
      }
      dd {
        font-weight: 800;
      }
    }
    .receipt__total--earning dd {
      color: var(--color-success);
    }
    .receipt__state {
      padding: var(--space-4);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Receipt {
  private readonly billing = inject(BillingService);
  private readonly destroyRef = inject(DestroyRef);
  private request?: Subscription;
  private asked = false;

  readonly session = input.required<Session>();
  /** The signed-in user's side, or null for an observer (administrator). */
  readonly side = input.required<SessionSide | null>();

  protected readonly lang = inject(LanguageService).lang;
  protected readonly unitKey = unitSuffixKey;
  protected readonly loaded = signal<Settlement | null>(null);
  protected readonly status = signal<ReceiptStatus>('idle');
  protected readonly error = signal<UserMessage | null>(null);
  protected readonly settlement = computed(() => this.session().settlement ?? this.loaded());
  /** The commission rate in the UI language ("12.5" / "12,5"). */
  protected readonly percent = computed(() => {
    const value = Number(this.settlement()?.commissionPercent);
    return Number.isFinite(value)
      ? new Intl.NumberFormat(this.lang(), { maximumFractionDigits: 2 }).format(value)
      : '';
  });
  protected readonly duration = computed(() => {
    const seconds = this.settlement()?.durationSeconds;
    return typeof seconds === 'number' ? formatClock(seconds * 1000, { pad: true }) : '';
  });

  constructor() {
    // Participants fetch the receipt once, unless the session already carries it.
    effect(() => {
      const carried = !!this.session().settlement;
      const side = this.side();
      untracked(() => {
        if (carried) {
          this.request?.unsubscribe();
          this.status.set('idle');
        } else if (!this.asked) {
          if (side === null) {
            this.status.set('hidden');
          } else {
            this.load();
          }
        }
      });
    });
  }

  protected load(): void {
    this.asked = true;
    this.request?.unsubscribe();
    this.status.set('loading');
    this.error.set(null);
    this.request = this.billing
      .settledReceipt(this.session().id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (settlement) => {
          this.loaded.set(settlement);
          this.status.set('idle');
        },
        error: (error: unknown) => {
          const status = error instanceof HttpErrorResponse ? error.status : 0;
          if (status === 404) {
            this.status.set('hidden');
          } else if (status === 409) {
            this.status.set('pending');
          } else {
            this.error.set(toUserMessage(error));
            this.status.set('error');
          }
        },
      });
  }
}
