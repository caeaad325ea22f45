import { signal } from '@angular/core';

import {
  BalanceLowEvent,
  BillingTickEvent,
  SessionBilling,
} from '../../../../core/billing/billing.model';

/** What the cost meter shows. Amounts in minor units of `currency`. */
export interface MeterReading {
  /** Units billed so far, free ones included. */
  readonly minutes: number;
  readonly freeMinutes: number;
  readonly cost: number;
  readonly currency: string;
  /** Price of one unit. */
  readonly rate: number;
  /** Length of one unit (60: per minute). */
  readonly unitSeconds: number;
  /** The client's balance left; null until known. */
  readonly balance: number | null;
  readonly nextChargeAt: string | null;
}

/** The `balance.low` warning: when the session will be cut off for lack of money. */
export interface LowBalance {
  readonly balance: number;
  readonly rate: number;
  readonly currency: string;
  readonly endsAt: string;
}

const MINUTE = 60;

/**
 * A live session's running cost: seeded from `session.billing` (REST or `session.*` frames), then
 * moved on by `billing.tick`, in whatever order copies arrive (a copy that has billed fewer
 * units never replaces a newer one). The client's balance comes from the ticks, or before the first
 * tick from the wallet. `balance.low` raises a warning, which a later tick with money for at least
 * two more units (a top-up) lowers again.
 */
export class CostMeterStore {
  private readonly readingSignal = signal<MeterReading | null>(null);
  private readonly lowSignal = signal<LowBalance | null>(null);
  /** The balance shown came from a tick: a wallet read (maybe older) does not replace it. */
  private tickBalance = false;

  /** What the meter shows; null while nothing is known. */
  readonly reading = this.readingSignal.asReadonly();
  /** The low-balance warning, or null. */
  readonly low = this.lowSignal.asReadonly();

  /** `session.billing` of a REST answer or a session event. */
  fromBilling(billing: SessionBilling | null | undefined): void {
    if (!billing || !isCount(billing.unitsBilled)) {
      return;
    }
    const current = this.readingSignal();
    if (current && billing.unitsBilled < current.minutes) {
      return;
    }
    this.readingSignal.set({
      minutes: billing.unitsBilled,
      freeMinutes: billing.freeUnits ?? 0,
      cost: billing.cost,
      currency: billing.currency,
      rate: billing.rate,
      unitSeconds: billing.unitSeconds > 0 ? billing.unitSeconds : MINUTE,
      balance: current?.balance ?? null,
      nextChargeAt: billing.nextChargeAt ?? null,
    });
  }

  /** A `billing.tick` of this session. */
  tick(event: BillingTickEvent): void {
    if (!isCount(event.minutes)) {
      return;
    }
    const current = this.readingSignal();
    if (current && event.minutes < current.minutes) {
      return;
    }
    this.tickBalance = true;
    this.readingSignal.set({
      minutes: event.minutes,
      freeMinutes: event.freeMinutes ?? current?.freeMinutes ?? 0,
      cost: event.cost,
      currency: event.currency,
      rate: event.rate,
      unitSeconds: current?.unitSeconds ?? MINUTE,
      balance: event.balance,
      nextChargeAt: event.nextChargeAt ?? null,
    });
    if (this.lowSignal() && event.balance >= 2 * event.rate) {
      this.lowSignal.set(null);
    }
  }

  /** A `balance.low` of this session. */
  balanceLow(event: BalanceLowEvent): void {
    this.lowSignal.set({
      balance: event.balance,
      rate: event.rate,
      currency: event.currency,
      endsAt: event.endsAt,
    });
    const current = this.readingSignal();
    if (current && current.currency === event.currency) {
      this.tickBalance = true;
      this.readingSignal.set({ ...current, balance: event.balance });
    }
  }

  /** The client's wallet balance read over REST: used until the first tick says better. */
  walletBalance(balance: number, currency: string): void {
    const current = this.readingSignal();
    if (this.tickBalance || !current || current.currency !== currency) {
      return;
    }
    this.readingSignal.set({ ...current, balance });
  }
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
