import { PageOf } from '../core/http/paging';
import {
  AdminPayout,
  AdminTopup,
  PaymentProvider,
  Payout,
  PayoutAccount,
  Topup,
} from '../core/payments/payments.model';

/** The providers the test server configures: 5.00–500.00 EUR each. */
export function testProviders(ids: PaymentProvider['id'][] = ['STRIPE', 'PAYPAL', 'DEMO']) {
  return ids.map((id) => ({ id, currencies: ['EUR'], minAmount: 500, maxAmount: 50000 }));
}

export function testTopup(overrides: Partial<Topup> = {}): Topup {
  return {
    id: 't-1',
    provider: 'DEMO',
    amount: 2000,
    currency: 'EUR',
    status: 'PENDING',
    redirectUrl: `${location.origin}/wallet/topups/t-1/demo-pay`,
    refunded: 0,
    createdAt: '2026-03-01T10:00:00Z',
    updatedAt: '2026-03-01T10:00:00Z',
    ...overrides,
  };
}

export function testAdminTopup(overrides: Partial<AdminTopup> = {}): AdminTopup {
  return {
    ...testTopup({ provider: 'STRIPE', status: 'SUCCEEDED', redirectUrl: null }),
    userId: 'u-carla',
    userName: 'Carla Client',
    userEmail: 'carla@example.com',
    refundable: 2000,
    flag: null,
    ...overrides,
  };
}

export function testPayout(overrides: Partial<Payout> = {}): Payout {
  return {
    id: 'p-1',
    amount: 5000,
    currency: 'EUR',
    method: 'MANUAL',
    status: 'REQUESTED',
    reference: null,
    reason: null,
    createdAt: '2026-03-02T09:00:00Z',
    decidedAt: null,
    paidAt: null,
    ...overrides,
  };
}

export function testAdminPayout(overrides: Partial<AdminPayout> = {}): AdminPayout {
  return {
    ...testPayout(),
    expertId: 'u-laura',
    expertName: 'Laura Martín',
    expertEmail: 'laura@example.com',
    ...overrides,
  };
}

export function testPayoutAccount(overrides: Partial<PayoutAccount> = {}): PayoutAccount {
  return {
    methods: ['MANUAL', 'STRIPE', 'PAYPAL'],
    preferredMethod: null,
    stripe: { accountId: null, onboarding: 'NOT_STARTED', payoutsEnabled: false },
    paypalEmail: null,
    minimum: 2000,
    available: [{ currency: 'EUR', amount: 12000 }],
    pending: [],
    ...overrides,
  };
}

/** A page of `items` (all of them, unless `total` says there are more). */
export function pageOfItems<T>(items: T[], overrides: Partial<PageOf<T>> = {}): PageOf<T> {
  return { items, total: items.length, page: 0, size: 20, ...overrides };
}
