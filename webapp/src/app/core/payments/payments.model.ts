import { PageOf } from '../http/paging';

/**
 * Money in and out (issue 17): top-ups through a provider, refunds, expert payouts. Every amount
 * is an integer in minor units with its ISO 4217 currency code, as in billing; format with
 * `formatMoney`, parse typed amounts with `parseMajorToMinor`.
 */

export type ProviderId = 'STRIPE' | 'PAYPAL' | 'DEMO';
export const PROVIDER_IDS: readonly ProviderId[] = ['STRIPE', 'PAYPAL', 'DEMO'];

/** One configured provider of `GET /api/payments/providers`, with its limits per top-up. */
export interface PaymentProvider {
  id: ProviderId;
  currencies: string[];
  minAmount: number;
  maxAmount: number;
}

export type TopupStatus =
  'PENDING' | 'SUCCEEDED' | 'FAILED' | 'EXPIRED' | 'REFUNDED' | 'PARTIALLY_REFUNDED';
export const TOPUP_STATUSES: readonly TopupStatus[] = [
  'PENDING',
  'SUCCEEDED',
  'FAILED',
  'EXPIRED',
  'REFUNDED',
  'PARTIALLY_REFUNDED',
];

/** A client's top-up as `/api/wallet/topups` answers it. */
export interface Topup {
  id: string;
  provider: ProviderId;
  amount: number;
  currency: string;
  status: TopupStatus;
  /** Absolute: the provider's page, or the app's DEMO page. */
  redirectUrl: string | null;
  /** Refunded so far. */
  refunded: number;
  createdAt: string;
  updatedAt: string;
}

/** `POST /api/wallet/topups` (with an `Idempotency-Key` header). */
export interface TopupRequest {
  provider: ProviderId;
  amount: number;
  currency: string;
}

export type RefundStatus = 'HELD' | 'PENDING' | 'SUCCEEDED' | 'FAILED';

export interface Refund {
  id: string;
  topupId: string;
  amount: number;
  currency: string;
  reason: string;
  status: RefundStatus;
  failureReason: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A provider event recorded for a top-up (the administrator's view). */
export interface TopupEvent {
  eventId: string;
  provider: ProviderId;
  type: string;
  receivedAt: string;
  outcome: string | null;
}

/** A top-up as administrators see it; the detail adds its refunds and events. */
export interface AdminTopup extends Topup {
  userId: string;
  userName: string;
  userEmail: string;
  /** What may still be refunded. */
  refundable: number;
  /** Why an administrator should look at it (an event that disagreed), or null. */
  flag: string | null;
  refunds?: Refund[];
  events?: TopupEvent[];
}

/** Filters of `GET /api/admin/topups` (page 0-based). */
export interface AdminTopupQuery {
  status: TopupStatus | '';
  provider: ProviderId | '';
  flagged: '' | 'true' | 'false';
  page: number;
}

export interface RefundRequest {
  amount: number;
  reason: string;
}

export type PayoutMethod = 'MANUAL' | 'STRIPE' | 'PAYPAL';
export const PAYOUT_METHODS: readonly PayoutMethod[] = ['MANUAL', 'STRIPE', 'PAYPAL'];

export type PayoutStatus = 'REQUESTED' | 'PROCESSING' | 'PAID' | 'REJECTED' | 'FAILED';
export const PAYOUT_STATUSES: readonly PayoutStatus[] = [
  'REQUESTED',
  'PROCESSING',
  'PAID',
  'REJECTED',
  'FAILED',
];

export interface Payout {
  id: string;
  amount: number;
  currency: string;
  method: PayoutMethod;
  status: PayoutStatus;
  /** The administrator's reference (MANUAL), or the provider's. */
  reference: string | null;
  /** Why it was rejected or failed. */
  reason: string | null;
  createdAt: string;
  decidedAt: string | null;
  paidAt: string | null;
}

export interface AdminPayout extends Payout {
  expertId: string;
  expertName: string;
  expertEmail: string;
}

export type StripeOnboarding = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETE';

export interface MoneyAmount {
  currency: string;
  amount: number;
}

/** `GET /api/payouts/account`: how the signed-in expert is paid and what they may ask for. */
export interface PayoutAccount {
  /** The methods this installation offers. */
  methods: PayoutMethod[];
  preferredMethod: PayoutMethod | null;
  /** Null when Stripe is not configured. */
  stripe: {
    accountId: string | null;
    onboarding: StripeOnboarding;
    payoutsEnabled: boolean;
  } | null;
  paypalEmail: string | null;
  /** The smallest payout, in minor units. */
  minimum: number;
  available: MoneyAmount[];
  /** Asked for and not paid yet. */
  pending: MoneyAmount[];
}

export interface PayoutRequest {
  amount: number;
  currency?: string;
  method?: PayoutMethod;
}

export const PAYMENTS_API = {
  providers: '/api/payments/providers',
  topups: '/api/wallet/topups',
  topup: (id: string) => `/api/wallet/topups/${encodeURIComponent(id)}`,
  demo: (id: string) => `/api/payments/demo/topups/${encodeURIComponent(id)}`,
  payoutAccount: '/api/payouts/account',
  onboarding: '/api/payouts/account/onboarding',
  payouts: '/api/payouts',
  adminTopups: '/api/admin/topups',
  adminTopup: (id: string) => `/api/admin/topups/${encodeURIComponent(id)}`,
  adminPayouts: '/api/admin/payouts',
  adminPayout: (id: string) => `/api/admin/payouts/${encodeURIComponent(id)}`,
} as const;

/** Rows per page of the payment lists. */
export const PAYMENTS_PAGE_SIZE = 20;
/** Longest refund reason, payout rejection reason, resolution note and payout reference. */
export const PAYMENT_TEXT_MAX = 500;

export type TopupPage = PageOf<Topup>;

/** A top-up still waiting for the provider. */
export function isPending(topup: Pick<Topup, 'status'>): boolean {
  return topup.status === 'PENDING';
}

/** A top-up whose money reached the wallet (some of it may have been refunded since). */
export function isPaid(topup: Pick<Topup, 'status'>): boolean {
  return (
    topup.status === 'SUCCEEDED' ||
    topup.status === 'PARTIALLY_REFUNDED' ||
    topup.status === 'REFUNDED'
  );
}
