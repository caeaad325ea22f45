/**
 * The audit log (administrators): every administrator action and security event, newest first,
 * each record chained to the one before by its hash.
 */

/** One record of `GET /api/admin/audit`: who did what to what, with the state before and after. */
export interface AuditRecord {
  seq: number;
  /** When (ISO-8601 instant). */
  at: string;
  /** Null for the system (a timer) or an unknown user. */
  actorId: string | null;
  /** The actor's e-mail, when known. */
  actorName: string | null;
  /** An action code, e.g. `user.suspend` (see {@link AUDIT_ACTIONS}). */
  action: string;
  targetType: string | null;
  targetId: string | null;
  /** The target as it was before and after, as JSON; null when there is nothing to show. */
  before: unknown;
  after: unknown;
  reason: string | null;
  clientAddress: string | null;
  requestId: string | null;
  hash: string;
  previousHash: string | null;
}

/** Filters of `GET /api/admin/audit` (dates yyyy-mm-dd, UTC, inclusive; page 0-based). */
export interface AuditQuery {
  /** An actor's id or e-mail. */
  actor: string;
  /** One action code, exactly. */
  action: string;
  /** A target's id. */
  target: string;
  from: string;
  to: string;
  page: number;
  /** 1–100; the server's 20 when absent. */
  size?: number;
}

/** The filters alone (the CSV download takes them, without a page). */
export type AuditFilters = Omit<AuditQuery, 'page' | 'size'>;

/** How the chain breaks at a record: changed since written, not following the one before, or a gap. */
export type ChainProblem = 'altered' | 'unlinked' | 'missing';

export const CHAIN_PROBLEMS: readonly ChainProblem[] = ['altered', 'unlinked', 'missing'];

/** Where a walk of the chain found it broken first. */
export interface ChainBreak {
  seq: number;
  problem: ChainProblem | string;
  /** The server's explanation (not translated). */
  message: string;
}

/** `GET /api/admin/audit/verify`: the chain walked from its first record. */
export interface ChainCheck {
  intact: boolean;
  /** Records read. */
  records: number;
  firstBreak: ChainBreak | null;
  verifiedAt: string;
}

/** The action codes the server knows today (each has a label; an unknown code shows as is). */
export const AUDIT_ACTIONS = [
  'user.suspend',
  'user.reactivate',
  'user.role',
  'user.password-reset-link',
  'expert.verification',
  'grant.create',
  'category.create',
  'category.update',
  'category.reorder',
  'review.hide',
  'review.restore',
  'session.end',
  'topup.refund',
  'topup.resolve',
  'payout.approve',
  'payout.reject',
  'costcentre.create',
  'costcentre.update',
  'costcentre.members',
  'backup.create',
  'billing.sweep',
  'dashboard.rebuild',
  'auth.sign-in-locked',
  'auth.refresh-token-reuse',
  'auth.suspended-attempt',
] as const;

export type AuditActionCode = (typeof AUDIT_ACTIONS)[number];

/** Longest filter values the API takes. */
export const AUDIT_LIMITS = { actor: 254, action: 64, target: 128 } as const;

export const ADMIN_AUDIT_API = {
  audit: '/api/admin/audit',
  actions: '/api/admin/audit/actions',
  csv: '/api/admin/audit.csv',
  verify: '/api/admin/audit/verify',
} as const;

/** File name of the CSV download. */
export const AUDIT_CSV_NAME = 'skillfast-audit.csv';

export function isAuditAction(code: string): code is AuditActionCode {
  return (AUDIT_ACTIONS as readonly string[]).includes(code);
}

/** True for something that looks like an action code (`word.word-word`), known or not. */
export function isActionCode(value: string): boolean {
  return value.length <= AUDIT_LIMITS.action && /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/.test(value);
}

/** Translation key of a known action's label (`adminAudit.actions.user.suspend`); null otherwise. */
export function auditActionKey(code: string): string | null {
  return isAuditAction(code) ? `adminAudit.actions.${code}` : null;
}

/** Translation key of a chain problem; null for one this app does not know. */
export function chainProblemKey(problem: string): string | null {
  return (CHAIN_PROBLEMS as readonly string[]).includes(problem)
    ? `adminAudit.verify.problems.${problem}`
    : null;
}

/** A record's before or after as indented JSON; null when there is none. */
export function prettyJson(value: unknown): string | null {
  if (value === null || value === undefined) {
    return null;
  }
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return String(value);
  }
}
