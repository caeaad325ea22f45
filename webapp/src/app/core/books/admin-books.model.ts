/**
 * The books (administrators): the ledger check, the journal of every posting and the commission
 * and turnover per period. Amounts are integers in minor units with their currency code.
 */

/** One thing the ledger check found wrong. */
export interface LedgerDifference {
  /** What kind of difference (a code of the server's, shown as is). */
  kind: string;
  account: string | null;
  entryId: string | null;
  /** Minor units, when the difference is about an amount. */
  expected: number | null;
  actual: number | null;
  /** The server's explanation (not translated). */
  message: string;
}

/** `GET /api/admin/ledger/check`: the books balance when `differences` is empty. */
export interface LedgerCheck {
  differences: LedgerDifference[];
  accounts: number;
  entries: number;
  checkedAt: string;
}

export type JournalType =
  | 'GRANT'
  | 'TOPUP'
  | 'SESSION_CHARGE'
  | 'REFUND'
  | 'PAYOUT'
  | 'ADJUSTMENT'
  | 'HOLD'
  | 'RELEASE'
  | 'BUDGET';

export const JOURNAL_TYPES: readonly JournalType[] = [
  'GRANT',
  'TOPUP',
  'SESSION_CHARGE',
  'REFUND',
  'PAYOUT',
  'ADJUSTMENT',
  'HOLD',
  'RELEASE',
  'BUDGET',
];

export type JournalStatus = 'PENDING' | 'APPLIED' | 'REFUSED';

export const JOURNAL_STATUSES: readonly JournalStatus[] = ['PENDING', 'APPLIED', 'REFUSED'];

/** One leg of an entry: money into (positive) or out of (negative) an account. */
export interface Posting {
  account: string;
  amount: number;
}

/** One entry of `GET /api/admin/journal`. */
export interface JournalEntry {
  id: string;
  /** The entry's idempotency key. */
  key: string;
  type: JournalType;
  status: JournalStatus;
  currency: string;
  postings: Posting[];
  sessionId: string | null;
  /** 0-based unit of the session it charges (shown as minute unitIndex + 1). */
  unitIndex: number | null;
  reason: string | null;
  createdBy: string | null;
  createdAt: string;
}

/** Filters of `GET /api/admin/journal` (dates yyyy-mm-dd, UTC, inclusive; page 0-based). */
export interface JournalQuery {
  type: JournalType | '';
  status: JournalStatus | '';
  account: string;
  sessionId: string;
  from: string;
  to: string;
  page: number;
  /** 1–100; the server's 20 when absent. */
  size?: number;
}

export type JournalFilters = Omit<JournalQuery, 'page' | 'size'>;

export type TurnoverPeriod = 'day' | 'week' | 'month';

export const TURNOVER_PERIODS: readonly TurnoverPeriod[] = ['day', 'week', 'month'];

/** Query of `GET /api/admin/books/turnover` ('' for the server's default). */
export interface TurnoverQuery {
  period: TurnoverPeriod;
  from: string;
  to: string;
  currency: string;
}

/** What was charged in a period: how many charges, their total, the commission and the experts' part. */
export interface TurnoverFigures {
  /** How many session charges. */
  charges: number;
  turnover: number;
  commission: number;
  expertEarnings: number;
}

export interface TurnoverRow extends TurnoverFigures {
  /** The period's name: "2026-12-07", "2026-W49" or "2026-12". */
  period: string;
  /** Its first day (yyyy-mm-dd). */
  start: string;
}

/** `GET /api/admin/books/turnover`. */
export interface Turnover {
  currency: string;
  period: TurnoverPeriod;
  from: string;
  to: string;
  rows: TurnoverRow[];
  totals: TurnoverFigures;
}

export const ADMIN_BOOKS_API = {
  ledgerCheck: '/api/admin/ledger/check',
  journal: '/api/admin/journal',
  journalCsv: '/api/admin/journal.csv',
  turnover: '/api/admin/books/turnover',
} as const;

/** File name of the journal's CSV download. */
export const JOURNAL_CSV_NAME = 'skillfast-journal.csv';

/** Longest account or session id the journal filters take. */
export const JOURNAL_FILTER_MAX = 128;

export function isJournalType(value: unknown): value is JournalType {
  return typeof value === 'string' && (JOURNAL_TYPES as readonly string[]).includes(value);
}

export function isJournalStatus(value: unknown): value is JournalStatus {
  return typeof value === 'string' && (JOURNAL_STATUSES as readonly string[]).includes(value);
}

export function isTurnoverPeriod(value: unknown): value is TurnoverPeriod {
  return typeof value === 'string' && (TURNOVER_PERIODS as readonly string[]).includes(value);
}
