import { Channel } from '../experts/expert.model';
import { FundedBy } from '../cost-centres/cost-centre.model';

/**
 * "Ask the desk": a client describes a problem in a category and waits in its queue until one of
 * its experts picks the request, which then becomes an ordinary (already ACTIVE) session.
 * WAITING → PICKED | CANCELLED | EXPIRED.
 */
export type DeskState = 'WAITING' | 'PICKED' | 'CANCELLED' | 'EXPIRED';

/** `DeskRequest` as the API returns it. */
export interface DeskRequest {
  id: string;
  /** Category slug. */
  category: string;
  channel: Channel;
  description: string;
  state: DeskState;
  /** Place in the queue, 1 = next (WAITING only). */
  position?: number | null;
  /** From the category's recent picks (WAITING only); absent when there were none. */
  estimatedWaitSeconds?: number | null;
  /** ISO-8601 timestamps. */
  createdAt: string;
  /** When a waiting request leaves the queue unpicked (15 minutes after it joined by default). */
  expiresAt: string;
  /** The session a pick became (PICKED only). */
  sessionId?: string | null;
  clientName: string;
}

/** Body of `POST /api/desk/requests`. */
export interface DeskJoin {
  category: string;
  channel: Channel;
  description: string;
  /** Who pays the session a pick starts (the desk takes no approval id). */
  fundedBy?: FundedBy;
}

/** `GET /api/admin/desk`: today's desk figures of one category (waits in seconds, null without picks). */
export interface DeskFigures {
  category: string;
  waiting: number;
  picked: number;
  cancelled: number;
  expired: number;
  waitP50Seconds: number | null;
  waitP90Seconds: number | null;
}

/** `POST /api/desk/requests/{id}/pick` (201): the session the request became, already ACTIVE. */
export interface DeskPick {
  requestId: string;
  sessionId: string;
  state: 'ACTIVE';
}

/** A waiting request as a category's experts see it in `desk.queue`. */
export interface DeskQueueEntry {
  id: string;
  position: number;
  clientName: string;
  channel: Channel;
  description: string;
  createdAt: string;
  expiresAt: string;
}

// ---------- Live frames (docs/realtime-protocol.md, "desk.*") ----------

/** To every expert of the category after any change of its queue: the waiting requests, in order. */
export interface DeskQueueEvent {
  type: 'desk.queue';
  category: string;
  waiting: DeskQueueEntry[];
}

/** To a waiting client after any change of their queue. */
export interface DeskPositionEvent {
  type: 'desk.position';
  id: string;
  position: number;
  estimatedWaitSeconds?: number | null;
}

/** To the client: an expert picked the request; the session is ACTIVE. */
export interface DeskPickedEvent {
  type: 'desk.picked';
  id: string;
  sessionId: string;
  expertId: string;
}

/** To the client: the request waited too long and left the queue. */
export interface DeskExpiredEvent {
  type: 'desk.expired';
  id: string;
}

/**
 * To the client: an expert picked the request but the consultation could not start (typically the
 * wallet does not cover the first minutes, or the client already has a session open), so the
 * request ended (CANCELLED). `reason` is the server's own text.
 */
export interface DeskCancelledEvent {
  type: 'desk.cancelled';
  id: string;
  reason: string;
}

export type DeskEvent =
  DeskQueueEvent | DeskPositionEvent | DeskPickedEvent | DeskExpiredEvent | DeskCancelledEvent;

/** Longest description, in characters. */
export const DESK_DESCRIPTION_MAX = 1000;

/** Endpoints of the desk API. */
export const DESK_API = {
  requests: '/api/desk/requests',
  queue: '/api/desk/queue',
  adminFigures: '/api/admin/desk',
} as const;

/** A translated text: a key and its parameters. */
export interface KeyedText {
  key: string;
  params?: Record<string, unknown>;
}

/**
 * An estimated wait in words: "less than a minute", "about 1 min", "about N min" (rounded to the
 * nearest minute), or "no estimate yet" when the server gave none.
 */
export function estimateText(seconds: number | null | undefined): KeyedText {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
    return { key: 'desk.wait.none' };
  }
  if (seconds < 60) {
    return { key: 'desk.wait.underMinute' };
  }
  const minutes = Math.round(seconds / 60);
  return minutes === 1
    ? { key: 'desk.wait.minute' }
    : { key: 'desk.wait.minutes', params: { count: minutes } };
}

/** How long someone has waited, in whole minutes ("less than a minute" under one). */
export function waitedText(ms: number): KeyedText {
  const minutes = Number.isFinite(ms) ? Math.floor(ms / 60_000) : 0;
  if (minutes < 1) {
    return { key: 'desk.waited.underMinute' };
  }
  return minutes === 1
    ? { key: 'desk.waited.minute' }
    : { key: 'desk.waited.minutes', params: { count: minutes } };
}
