import { SessionBilling, Settlement } from '../billing/billing.model';
import { SessionPayer } from '../cost-centres/cost-centre.model';
import { Channel } from '../experts/expert.model';

/** Where a consultation is: REQUESTED → ACTIVE | DECLINED | EXPIRED | CANCELLED; ACTIVE → ENDED. */
export type SessionState = 'REQUESTED' | 'ACTIVE' | 'DECLINED' | 'EXPIRED' | 'CANCELLED' | 'ENDED';

export const SESSION_STATES: readonly SessionState[] = [
  'REQUESTED',
  'ACTIVE',
  'DECLINED',
  'EXPIRED',
  'CANCELLED',
  'ENDED',
];

/** Why an ACTIVE session ended. */
export type EndReason = 'CLIENT' | 'EXPERT' | 'FUNDS' | 'DISCONNECT' | 'ADMIN' | 'SUSPENDED';

/** A participant of a session. */
export interface SessionParty {
  id: string;
  displayName: string;
  /** Experts only; null without a photo. */
  avatarUrl?: string | null;
}

/** `Session` as the API returns it (REST and `session.*` WebSocket frames). */
export interface Session {
  id: string;
  state: SessionState;
  channel: Channel;
  client: SessionParty;
  expert: SessionParty;
  /** ISO-8601 timestamps. */
  requestedAt: string;
  /** Until when the expert may accept. */
  expiresAt: string;
  startedAt: string | null;
  endedAt: string | null;
  endReason: EndReason | null;
  /** How far each participant has read the chat. */
  readSeq: { client: number; expert: number };
  /** How the session is being charged: null until ACTIVE (absent from servers without billing). */
  billing?: SessionBilling | null;
  /** The final account: null until the ended session is settled (a second or two after the end). */
  settlement?: Settlement | null;
  /** Who pays: the client's wallet or a cost centre (absent from servers without cost centres). */
  fundedBy?: SessionPayer | null;
  /** Why an administrator ended it (endReason ADMIN), as they wrote it; null otherwise. */
  endNote?: string | null;
}

/** A stored chat message. */
export interface ChatMessage {
  seq: number;
  senderId: string;
  text: string;
  sentAt: string;
}

/** `GET /api/sessions/{id}/messages`: oldest first; `lastSeq` is the last number in this page. */
export interface MessagesPage {
  items: ChatMessage[];
  lastSeq: number;
}

/** Filters of `GET /api/sessions` (page is 0-based). */
export interface SessionQuery {
  state: SessionState | '';
  page: number;
  size?: number;
}

/** Which side of a session a user is on. */
export type SessionSide = 'client' | 'expert';

/** Longest chat message, in characters. */
export const CHAT_MAX_LENGTH = 4000;
/** Most messages the history endpoint answers at once. */
export const MESSAGES_PAGE_LIMIT = 200;
/** Sessions per page on `/sessions`. */
export const SESSIONS_PAGE_SIZE = 20;

/** Endpoints of the sessions API. */
export const SESSIONS_API = {
  sessions: '/api/sessions',
  rtcConfig: '/api/rtc/config',
} as const;

export function isSessionState(value: unknown): value is SessionState {
  return typeof value === 'string' && (SESSION_STATES as readonly string[]).includes(value);
}

/** REQUESTED and ACTIVE sessions may still change; every other state is final. */
export function isOpenState(state: SessionState): boolean {
  return state === 'REQUESTED' || state === 'ACTIVE';
}

/** True for channels with a call (audio or video). */
export function hasCall(channel: Channel): boolean {
  return channel === 'AUDIO' || channel === 'VIDEO';
}

/** The side `userId` is on, or null for someone else (an administrator). */
export function sideOf(session: Session, userId: string | null | undefined): SessionSide | null {
  if (!userId) {
    return null;
  }
  if (session.client.id === userId) {
    return 'client';
  }
  return session.expert.id === userId ? 'expert' : null;
}

/** The other participant, seen from `side`. */
export function otherParty(session: Session, side: SessionSide): SessionParty {
  return side === 'client' ? session.expert : session.client;
}

/** How far along the lifecycle a state is: a session never moves back. */
function stage(state: SessionState): number {
  return state === 'REQUESTED' ? 0 : state === 'ACTIVE' ? 1 : 2;
}

/**
 * Combines what is known about a session with a newer copy (an event or a REST answer, which may
 * arrive out of order): a copy from an earlier stage of the lifecycle never replaces a later one,
 * and read marks never move back.
 */
export function mergeSession(current: Session | null | undefined, incoming: Session): Session {
  if (!current || current.id !== incoming.id) {
    return incoming;
  }
  const base = stage(incoming.state) < stage(current.state) ? current : incoming;
  const merged: Session = {
    ...base,
    readSeq: {
      client: Math.max(current.readSeq.client, incoming.readSeq.client),
      expert: Math.max(current.readSeq.expert, incoming.readSeq.expert),
    },
  };
  const billing = laterBilling(current.billing, incoming.billing);
  if (billing) {
    merged.billing = billing;
  }
  const settlement = base.settlement ?? current.settlement ?? incoming.settlement;
  if (settlement) {
    merged.settlement = settlement;
  }
  return merged;
}

/** Of two copies of a session's billing, the one that has gone further (a copy beats none). */
function laterBilling(
  a: SessionBilling | null | undefined,
  b: SessionBilling | null | undefined,
): SessionBilling | null | undefined {
  if (!a || !b) {
    return b ?? a;
  }
  return a.unitsBilled > b.unitsBilled || (a.unitsBilled === b.unitsBilled && a.cost > b.cost)
    ? a
    : b;
}
