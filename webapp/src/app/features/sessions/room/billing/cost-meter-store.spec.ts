import { BalanceLowEvent, BillingTickEvent } from '../../../../core/billing/billing.model';
import { testBilling } from '../../../../testing/session-fixtures';
import { CostMeterStore } from './cost-meter-store';

function tick(minutes: number, overrides: Partial<BillingTickEvent> = {}): BillingTickEvent {
  return {
    type: 'billing.tick',
    sessionId: 's-1',
    minutes,
    freeMinutes: 1,
    cost: (minutes - 1) * 150,
    currency: 'EUR',
    balance: 1000 - (minutes - 1) * 150,
    rate: 150,
    nextChargeAt: null,
    ...overrides,
  };
}

const low: BalanceLowEvent = {
  type: 'balance.low',
  sessionId: 's-1',
  balance: 100,
  rate: 150,
  currency: 'EUR',
  endsAt: '2026-03-01T10:06:00Z',
};

describe('CostMeterStore', () => {
  it('knows nothing until the session billing or a tick says something', () => {
    const store = new CostMeterStore();
    expect(store.reading()).toBeNull();
    store.fromBilling(null);
    store.fromBilling(undefined);
    expect(store.reading()).toBeNull();
    store.walletBalance(500, 'EUR'); // nothing to attach it to yet
    expect(store.reading()).toBeNull();
  });

  it('starts from session.billing and takes the wallet balance until the first tick', () => {
    const store = new CostMeterStore();
    store.fromBilling(testBilling({ unitSeconds: 30 }));
    expect(store.reading()).toEqual({
      minutes: 2,
      freeMinutes: 1,
      cost: 150,
      currency: 'EUR',
      rate: 150,
      unitSeconds: 30,
      balance: null,
      nextChargeAt: '2026-03-01T10:05:30Z',
    });
    store.walletBalance(900, 'USD'); // another currency: not this session's
    expect(store.reading()?.balance).toBeNull();
    store.walletBalance(900, 'EUR');
    expect(store.reading()?.balance).toBe(900);

    store.tick(tick(3));
    expect(store.reading()).toMatchObject({ minutes: 3, cost: 300, balance: 700, unitSeconds: 30 });
    // A wallet read answered late is older than the tick.
    store.walletBalance(900, 'EUR');
    expect(store.reading()?.balance).toBe(700);
  });

  it('never moves back when copies arrive out of order', () => {
    const store = new CostMeterStore();
    store.tick(tick(5));
    store.tick(tick(4));
    store.fromBilling(testBilling({ unitsBilled: 3, cost: 300 }));
    expect(store.reading()).toMatchObject({ minutes: 5, cost: 600 });

    // A newer session copy moves it on, keeping the balance the ticks gave.
    store.fromBilling(testBilling({ unitsBilled: 6, cost: 750 }));
    expect(store.reading()).toMatchObject({ minutes: 6, cost: 750, balance: 400 });
    // Malformed ticks are ignored.
    store.tick(tick(-1));
    store.tick({ ...tick(7), minutes: 7.5 });
    expect(store.reading()?.minutes).toBe(6);
  });

  it('raises the low-balance warning and lowers it after a top-up', () => {
    const store = new CostMeterStore();
    store.fromBilling(testBilling());
    store.balanceLow(low);
    expect(store.low()).toEqual({
      balance: 100,
      rate: 150,
      currency: 'EUR',
      endsAt: '2026-03-01T10:06:00Z',
    });
    expect(store.reading()?.balance).toBe(100);

    // Still short: the warning stays.
    store.tick(tick(3, { balance: 200 }));
    expect(store.low()).not.toBeNull();
    // Money for two more minutes or more: gone.
    store.tick(tick(4, { balance: 300 }));
    expect(store.low()).toBeNull();
  });
});
