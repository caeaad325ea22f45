import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import { filter } from 'rxjs';

import { unitSuffixKey } from '../../../../core/billing/billing.model';
import { BillingService } from '../../../../core/billing/billing.service';
import { LanguageService } from '../../../../core/i18n/language.service';
import { RealtimeService } from '../../../../core/realtime/realtime.service';
import { Session, SessionSide } from '../../../../core/sessions/session.model';
import { formatClock, injectNow, timeOf } from '../../../../core/time/clock';
import { MoneyPipe } from '../../../../shared/experts/expert-pipes';
import { Icon } from '../../../../shared/ui/icon/icon';
import { CostMeterStore } from './cost-meter-store';

/**
 * The running cost of an ACTIVE session (`data-minutes` = units billed so far): minutes, cost so
 * far, the client's balance left, the rate and the free minutes. Seeded from `session.billing`,
 * moved on by `billing.tick`; the client's balance is read from the wallet until the first tick.
 * `balance.low` shows a warning with the time left before the session is cut off. Shows nothing
 * until something is known (servers without billing send no `billing`).
 */
@Component({
  selector: 'app-cost-meter',
  imports: [TranslatePipe, Icon, MoneyPipe],
  host: { '[style.display]': "store.reading() || store.low() ? null : 'none'" },
  template: `
    @if (store.low(); as low) {
      <div
        class="alert alert--warning low"
        role="alert"
        data-testid="balance-low"
        [attr.data-ends-at]="low.endsAt"
      >
        <app-icon name="alert" />
        <div class="alert__body">
          <p class="state-box__title">
            {{ (side() === 'client' ? 'billing.low.title' : 'billing.low.titleOther') | translate }}
          </p>
          <p>
            {{
              (side() === 'client' ? 'billing.low.text' : 'billing.low.textOther')
                | translate
                  : {
                      time: timeLeft(),
                      balance: (low.balance | money: low.currency : lang()),
                    }
            }}
          </p>
          <p class="low__left">
            <span>{{ 'billing.low.endsIn' | translate }}</span>
            <time data-testid="balance-low-time" role="timer">{{ timeLeft() }}</time>
          </p>
        </div>
      </div>
    }

    @if (store.reading(); as r) {
      <section
        class="card meter"
        data-testid="cost-meter"
        aria-labelledby="cost-meter-title"
        [attr.data-minutes]="r.minutes"
        [attr.data-cost]="r.cost"
        [attr.data-currency]="r.currency"
      >
        <h2 id="cost-meter-title" class="meter__title">
          <app-icon name="clock" />{{ 'billing.meter.title' | translate }}
        </h2>
        <dl class="meter__figures">
          <div class="meter__figure">
            <dt>{{ 'billing.meter.minutes' | translate }}</dt>
            <dd data-testid="cost-meter-minutes">{{ r.minutes }}</dd>
          </div>
          <div class="meter__figure meter__figure--main">
            <dt>{{ 'billing.meter.cost' | translate }}</dt>
            <dd data-testid="cost-meter-cost">{{ r.cost | money: r.currency : lang() }}</dd>
          </div>
          <div class="meter__figure">
            <dt>
              {{
                (side() === 'client' ? 'billing.meter.balance' : 'billing.meter.clientBalance')
                  | translate
              }}
            </dt>
            <dd data-testid="cost-meter-balance">
              @if (r.balance !== null) {
                {{ r.balance | money: r.currency : lang() }}
              } @else {
                <span aria-hidden="true">—</span
                ><span class="visually-hidden">{{ 'billing.meter.unknown' | translate }}</span>
              }
            </dd>
          </div>
          <div class="meter__figure">
            <dt>{{ 'billing.meter.rate' | translate }}</dt>
            <dd data-testid="cost-meter-rate">
              {{ r.rate | money: r.currency : lang()
              }}{{ unitKey(r.unitSeconds) | translate: { seconds: r.unitSeconds } }}
            </dd>
          </div>
          @if (r.freeMinutes > 0) {
            <div class="meter__figure">
              <dt>{{ 'billing.meter.free' | translate }}</dt>
              <dd data-testid="cost-meter-free">{{ r.freeMinutes }}</dd>
            </div>
          }
        </dl>
        @if (nextIn(); as next) {
          <p class="meter__next" data-testid="cost-meter-next">
            {{ 'billing.meter.next' | translate: { time: next } }}
          </p>
        }
      </section>
    }
  `,
  styles: `
    :host {
      display: grid;
      gap: var(--space-3);
    }
    .meter {
      display: grid;
      gap: var(--space-3);
      padding: var(--space-4) var(--space-5);
    }
    .meter__title {
      display: inline-flex;
      align-items: center;
      gap: var(--space-2);
      margin: 0;
      color: var(--color-text-muted);
      font-size: var(--text-xs);
      font-weight: 700;
      letter-spacing: 0.04em;
      text-transform: uppercase;
      app-icon {
        color: var(--color-primary);
      }
    }
    .meter__figures {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr));
      gap: var(--space-3) var(--space-5);
      margin: 0;
    }
    .meter__figure {
      display: grid;
      gap: var(--space-1);
      dt {
        color: var(--color-text-muted);
        font-size: var(--text-sm);
      }
      dd {
        margin: 0;
        font-size: var(--text-lg);
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
    }
    .meter__figure--main dd {
      color: var(--color-primary);
      font-size: var(--text-xl);
      font-weight: 800;
    }
    .meter__next {
      margin: 0;
      color: var(--color-text-muted);
      font-size: var(--text-sm);
      font-variant-numeric: tabular-nums;
    }
    .low__left {
      display: flex;
      gap: var(--space-2);
      align-items: baseline;
      time {
        font-size: var(--text-lg);
        font-weight: 800;
        font-variant-numeric: tabular-nums;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CostMeter {
  private readonly realtime = inject(RealtimeService);
  private readonly billing = inject(BillingService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly now = injectNow();
  /** The currency whose wallet balance was asked for (once). */
  private walletAsked: string | null = null;

  readonly session = input.required<Session>();
  /** The signed-in user's side, or null for an observer (administrator). */
  readonly side = input.required<SessionSide | null>();

  protected readonly lang = inject(LanguageService).lang;
  protected readonly unitKey = unitSuffixKey;
  protected readonly store = new CostMeterStore();

  protected readonly timeLeft = computed(() => {
    const low = this.store.low();
    return low ? formatClock(timeOf(low.endsAt) - this.serverNow(), { ceil: true }) : '';
  });
  /** Time until the next unit starts being charged, while one is due. */
  protected readonly nextIn = computed(() => {
    const next = timeOf(this.store.reading()?.nextChargeAt);
    const left = next - this.serverNow();
    return Number.isNaN(left) || left <= 0 ? null : formatClock(left, { ceil: true });
  });

  constructor() {
    effect(() => {
      const billing = this.session().billing;
      untracked(() => this.store.fromBilling(billing));
    });

    const mine = <T extends { sessionId: string }>(event: T) =>
      event.sessionId === this.session().id;
    this.realtime
      .on('billing.tick')
      .pipe(filter(mine), takeUntilDestroyed())
      .subscribe((event) => this.store.tick(event));
    this.realtime
      .on('balance.low')
      .pipe(filter(mine), takeUntilDestroyed())
      .subscribe((event) => this.store.balanceLow(event));

    // The client's own balance, until the first tick brings it.
    effect(() => {
      const currency = this.store.reading()?.currency ?? null;
      if (this.side() === 'client' && currency !== null && currency !== this.walletAsked) {
        untracked(() => this.readWallet(currency));
      }
    });
  }

  private serverNow(): number {
    return this.now() + this.realtime.serverOffsetMs();
  }

  private readWallet(currency: string): void {
    this.walletAsked = currency;
    this.billing
      .wallet(currency)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (wallet) => {
          const balance =
            wallet.currency === currency
              ? wallet.balance
              : wallet.balances?.find((b) => b.currency === currency)?.balance;
          if (typeof balance === 'number') {
            this.store.walletBalance(balance, currency);
          }
        },
        error: () => undefined, // the first tick brings it anyway
      });
  }
}
