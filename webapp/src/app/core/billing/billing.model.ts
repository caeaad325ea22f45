import { HttpErrorResponse } from '@angular/common/http';

import { Channel } from '../experts/expert.model';
import { problemOf } from '../http/problem';

/**
 * Per-minute billing. Every amount is an integer in minor units (150 = 1.50 €) with its ISO 4217
 * currency code; format with `formatMoney`, never with floating-point arithmetic.
 */

/** `session.billing` of an ACTIVE (or ended) session: how it is being charged. Null before ACTIVE. */
export interface SessionBilling {
  /** Price of one unit, in minor units. */
  rate: number;
  currency: string;
  /** Length of one unit (60: per minute). */
  unitSeconds: number;
  /** Units at the start that are not charged. */
  freeUnits: number;
  commissionPercent: number;
  /** Units started and processed so far, free ones included. */
  unitsBilled: number;
  /** Total charged so far. */
  cost: number;
  /** When the next unit is charged (ISO-8601), null when no more will be. */
  nextChargeAt: string | null;
}

/** `session.settlement` and `GET /api/sessions/{id}/receipt`: the final account of an ended session. */
export interface Settlement {
  sessionId: string;
  channel: Channel;
  currency: string;
  rate: number;
  unitSeconds: number;
  startedAt: string;
  endedAt: string;
  durationSeconds: number;
  unitsBilled: number;
  freeUnits: number;
  paidUnits: number;
  /** What the client paid. */
  total: number;
  /** What the expert earned (total less commission). */
  expertEarning: number;
  commission: number;
  commissionPercent: number;
  settledAt: string;
}

/** `billing.tick`: after every charged (or free) minute, to both participants. */
export interface BillingTickEvent {
  type: 'billing.tick';
  sessionId: string;
  /** Units billed so far, free ones included. */
  minutes: number;
  freeMinutes: number;
  /** Total charged so far. */
  cost: number;
  currency: string;
  /** The client's wallet balance left. */
  balance: number;
  rate: number;
  nextChargeAt: string | null;
}

/** `balance.low`: one minute before the client's money runs out. */
export interface BalanceLowEvent {
  type: 'balance.low';
  sessionId: string;
  balance: number;
  rate: number;
  currency: string;
  /** When the session will be cut off (ISO-8601). */
  endsAt: string;
}

/** One currency of a wallet. */
export interface CurrencyBalance {
  currency: string;
  balance: number;
}

/** `GET /api/wallet`: the balance in `currency`, and every currency the wallet holds. */
export interface Wallet {
  currency: string;
  balance: number;
  balances: CurrencyBalance[];
}

export type TransactionType =
  'GRANT' | 'TOPUP' | 'SESSION_CHARGE' | 'REFUND' | 'PAYOUT' | 'ADJUSTMENT' | 'HOLD' | 'RELEASE';

export const TRANSACTION_TYPES: readonly TransactionType[] = [
  'GRANT',
  'TOPUP',
  'SESSION_CHARGE',
  'REFUND',
  'PAYOUT',
  'ADJUSTMENT',
  'HOLD',
  'RELEASE',
];

/** One movement of a wallet, as seen by that wallet: a negative amount is money out. */
export interface WalletTransaction {
  id: string;
  type: TransactionType;
  amount: number;
  currency: string;
  sessionId: string | null;
  /** 0-based unit of the session it charges (shown as minute unitIndex + 1). */
  unitIndex: number | null;
  reason: string | null;
  createdAt: string;
}

/** Filters of `GET /api/wallet/transactions` (page 0-based; dates yyyy-mm-dd, inclusive, UTC). */
export interface TransactionQuery {
  type: TransactionType | '';
  from: string;
  to: string;
  page: number;
  currency?: string;
  size?: number;
}

/** One session of `GET /api/earnings`. */
export interface EarningSession {
  sessionId: string;
  clientName: string;
  channel: Channel;
  startedAt: string;
  endedAt: string;
  paidUnits: number;
  earned: number;
  currency: string;
}

/** `GET /api/earnings` (experts). */
export interface Earnings {
  currency: string;
  available: number;
  lifetime: number;
  sessions: {
    items: EarningSession[];
    total: number;
    page: number;
    size: number;
  };
}

export interface EarningsQuery {
  page: number;
  currency?: string;
  size?: number;
}

/** `POST /api/admin/grants`. */
export interface GrantRequest {
  userId: string;
  amount: number;
  currency: string;
  reason: string;
}

export interface Grant {
  id: string;
  userId: string;
  amount: number;
  currency: string;
  reason: string;
  /** The user's balance after the grant. */
  balance: number;
  createdAt: string;
}

/** What a 402 `payment-required` problem says is missing. */
export interface MissingFunds {
  amount: number;
  currency: string;
}

export const PAYMENT_REQUIRED_TYPE = 'urn:skillfast:problem:payment-required';

export const BILLING_API = {
  wallet: '/api/wallet',
  transactions: '/api/wallet/transactions',
  transactionsCsv: '/api/wallet/transactions.csv',
  earnings: '/api/earnings',
  grants: '/api/admin/grants',
} as const;

/** File name of the CSV download. */
export const TRANSACTIONS_CSV_NAME = 'skillfast-transactions.csv';
/** Rows per page on `/wallet` and `/earnings`. */
export const BILLING_PAGE_SIZE = 20;
/** Longest grant reason, in characters. */
export const GRANT_REASON_MAX = 500;

/** Translation key of the unit after a price: "/min", or "/30 s" for other unit lengths. */
export function unitSuffixKey(unitSeconds: number | null | undefined): string {
  return !unitSeconds || unitSeconds === 60 ? 'billing.perMinute' : 'billing.perUnit';
}

export function isTransactionType(value: unknown): value is TransactionType {
  return typeof value === 'string' && (TRANSACTION_TYPES as readonly string[]).includes(value);
}

/** True for a calendar date written yyyy-mm-dd (what `<input type="date">` gives). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return false;
  }
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The 402 "payment required" problem of `POST /api/sessions`: the client's wallet does not cover
 * the minimum minutes. Answers what is missing (`amount` null when the problem does not say), or
 * null for any other error.
 */
export function paymentRequiredOf(
  error: unknown,
): { amount: number | null; currency: string | null } | null {
  if (!(error instanceof HttpErrorResponse)) {
    return null;
  }
  const problem = problemOf(error);
  if (error.status !== 402 && problem?.type !== PAYMENT_REQUIRED_TYPE) {
    return null;
  }
  // `missing: {amount, currency}`; also read flat (`missingAmount`, `currency`), as issue 17's
  // contract words it.
  // A cost centre's budget may say it flat too: `missing` (a number) and `currency`.
  const raw = problem?.['missing'];
  const missing = (typeof raw === 'object' ? raw : null) as Partial<MissingFunds> | null;
  const rawAmount = missing?.amount ?? (typeof raw === 'number' ? raw : problem?.['missingAmount']);
  const rawCurrency = missing?.currency ?? problem?.['currency'];
  const amount =
    typeof rawAmount === 'number' && Number.isSafeInteger(rawAmount) ? rawAmount : null;
  const currency = typeof rawCurrency === 'string' && rawCurrency !== '' ? rawCurrency : null;
  return { amount: currency === null ? null : amount, currency };
}
