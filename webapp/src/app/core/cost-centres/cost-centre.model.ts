import { Channel } from '../experts/expert.model';

/**
 * Cost centres: company budgets that pay consultations instead of the client's wallet. Members
 * charge sessions (and desk requests) to a centre; a session expected to cost more than the
 * centre's per-session limit waits for one of its approvers. Every amount is an integer in minor
 * units with its ISO 4217 currency (format with `formatMoney`).
 */

/** `GET /api/cost-centres/mine`: a centre where the caller is a member or an approver. */
export interface MyCostCentre {
  code: string;
  name: string;
  currency: string;
  /** What is left of this month's budget. */
  balance: number;
  /** The most one session may cost without an approver's OK; null for no limit. */
  perSessionLimit: number | null;
  member: boolean;
  approver: boolean;
  active: boolean;
}

/** Who pays a session: the body's `fundedBy`. */
export type FundedBy =
  { type: 'WALLET' } | { type: 'COST_CENTRE'; code: string; approvalId?: string };

/** `session.fundedBy`: who pays, and the most the session may cost (null without a limit). */
export interface SessionPayer {
  type: 'WALLET' | 'COST_CENTRE';
  code: string | null;
  limit: number | null;
}

export type ApprovalState = 'PENDING' | 'APPROVED' | 'REJECTED' | 'EXPIRED' | 'USED';

export const APPROVAL_STATES: readonly ApprovalState[] = [
  'PENDING',
  'APPROVED',
  'REJECTED',
  'EXPIRED',
  'USED',
];

/** A session on a cost centre waiting for (or decided by) one of its approvers. */
export interface Approval {
  id: string;
  code: string;
  centreName: string;
  clientId: string;
  clientName: string;
  expertId: string;
  expertName: string;
  channel: Channel;
  expectedMinutes: number | null;
  expectedCost: number;
  currency: string;
  state: ApprovalState;
  /** ISO-8601 timestamps. */
  requestedAt: string;
  expiresAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decidedByName: string | null;
  note: string | null;
  /** The session the approval was used for (USED). */
  sessionId: string | null;
}

/** `202` of `POST /api/sessions`: the session waits for an approver. */
export interface AwaitingApproval {
  approval: Approval;
}

// ---------- Live frames ----------

/** To the centre's approvers: a member asks for a session over the limit. */
export interface ApprovalRequestedEvent {
  type: 'approval.requested';
  approval: Approval;
}

/** To the member who asked and to the approvers: approved, rejected or expired. */
export interface ApprovalDecidedEvent {
  type: 'approval.decided';
  approval: Approval;
}

export type ApprovalEvent = ApprovalRequestedEvent | ApprovalDecidedEvent;

// ---------- Administration ----------

/** A cost centre as administrators see it. */
export interface CostCentre {
  code: string;
  name: string;
  currency: string;
  monthlyBudget: number;
  perSessionLimit: number | null;
  approverIds: string[];
  approvers: { id: string; name: string }[];
  active: boolean;
  /** What is left of this month's budget. */
  balance: number;
  spentThisMonth: number;
  memberCount: number;
  /** The current budget month, "YYYY-MM". */
  month: string;
}

/** Body of `POST` / `PUT /api/admin/cost-centres[/{code}]` (the code cannot change). */
export interface CostCentreBody {
  code: string;
  name: string;
  currency: string;
  monthlyBudget: number;
  perSessionLimit: number | null;
  approverIds: string[];
  active: boolean;
}

/** ADMIN: assigned by an administrator; SSO: from the identity provider (read-only here). */
export type MemberSource = 'ADMIN' | 'SSO';

export interface CostCentreMember {
  userId: string;
  name: string;
  email: string;
  source: MemberSource;
}

/** `GET` / `PUT /api/admin/cost-centres/{code}/members`. */
export interface CostCentreMembers {
  code: string;
  members: CostCentreMember[];
}

/** `GET /api/admin/cost-centres/{code}/report?month=YYYY-MM`: amounts are positive minor units spent. */
export interface CostCentreReport {
  code: string;
  name: string;
  currency: string;
  month: string;
  from: string;
  to: string;
  budget: number;
  spent: number;
  sessions: number;
  minutes: number;
  people: { userId: string; name: string; sessions: number; minutes: number; amount: number }[];
  experts: { expertId: string; name: string; sessions: number; minutes: number; amount: number }[];
  days: { date: string; amount: number }[];
  lines: ReportLine[];
}

export interface ReportLine {
  sessionId: string;
  clientId: string;
  clientName: string;
  expertId: string;
  expertName: string;
  channel: Channel;
  startedAt: string;
  minutes: number;
  amount: number;
}

/** Codes: 2–32 characters, upper-case letters, digits, `-` and `_`. */
export const COST_CENTRE_CODE_PATTERN = /^[A-Z0-9_-]{2,32}$/;
export const COST_CENTRE_CODE_MAX = 32;
export const COST_CENTRE_NAME_MAX = 120;
/** Longest note of an approver's decision. */
export const APPROVAL_NOTE_MAX = 500;
/** Bounds of the expected length of a session on a cost centre, in minutes. */
export const EXPECTED_MINUTES_MIN = 1;
export const EXPECTED_MINUTES_MAX = 600;

/** Endpoints of the cost-centre API. */
export const COST_CENTRES_API = {
  mine: '/api/cost-centres/mine',
  approvals: '/api/cost-centres/approvals',
  approval: (code: string, id: string) =>
    `/api/cost-centres/${encodeURIComponent(code)}/approvals/${encodeURIComponent(id)}`,
  admin: '/api/admin/cost-centres',
  centre: (code: string) => `/api/admin/cost-centres/${encodeURIComponent(code)}`,
  members: (code: string) => `/api/admin/cost-centres/${encodeURIComponent(code)}/members`,
  report: (code: string) => `/api/admin/cost-centres/${encodeURIComponent(code)}/report`,
} as const;

export function isApprovalState(value: unknown): value is ApprovalState {
  return typeof value === 'string' && (APPROVAL_STATES as readonly string[]).includes(value);
}

/** True for an approval as frames carry it (an id and a known state), so that others are ignored. */
export function isApproval(value: unknown): value is Approval {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Approval).id === 'string' &&
    typeof (value as Approval).code === 'string' &&
    isApprovalState((value as Approval).state)
  );
}

/** True for a month written "YYYY-MM" (what `<input type="month">` gives). */
export function isMonth(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** The month of `ms` in this browser's time zone, "YYYY-MM". */
export function monthOf(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** File name of a report's CSV download. */
export function reportCsvName(code: string, month: string): string {
  return `skillfast-${code.toLowerCase()}-${month}.csv`;
}

/** The centres a user may charge: member of, and active. */
export function memberCentres(centres: readonly MyCostCentre[]): MyCostCentre[] {
  return centres.filter((c) => c.member && c.active);
}

/**
 * The body's `fundedBy` for a choice: the wallet for `''`, else the centre `code` (with the
 * approval that was granted, when there is one).
 */
export function fundedByOf(code: string, approvalId?: string): FundedBy {
  if (!code) {
    return { type: 'WALLET' };
  }
  return approvalId ? { type: 'COST_CENTRE', code, approvalId } : { type: 'COST_CENTRE', code };
}

/** Whole minutes typed into "Expected length": 1–600, or null for anything else (empty too). */
export function parseExpectedMinutes(text: string | number | null | undefined): number | null {
  const value = String(text ?? '').trim();
  if (!/^\d{1,3}$/.test(value)) {
    return null;
  }
  const minutes = Number(value);
  return minutes >= EXPECTED_MINUTES_MIN && minutes <= EXPECTED_MINUTES_MAX ? minutes : null;
}

/** Puts a changed approval into a list: replaced where it was, else first (newest first). */
export function upsertApproval(list: readonly Approval[], approval: Approval): Approval[] {
  return list.some((a) => a.id === approval.id)
    ? list.map((a) => (a.id === approval.id ? approval : a))
    : [approval, ...list];
}
