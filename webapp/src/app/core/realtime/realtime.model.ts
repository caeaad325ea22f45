import { Role } from '../auth/auth.model';
import { BalanceLowEvent, BillingTickEvent } from '../billing/billing.model';
import { ApprovalEvent } from '../cost-centres/cost-centre.model';
import { DeskEvent } from '../desk/desk.model';
import { Presence } from '../experts/expert.model';
import { OpsSessionEvent } from '../sessions/admin-sessions.model';
import { Session } from '../sessions/session.model';

/** Protocol of `docs/realtime-protocol.md` this app speaks (`welcome.protocol`). */
export const PROTOCOL_VERSION = 1;

export const REALTIME_API = {
  ticket: '/api/ws-ticket',
  socket: '/ws',
} as const;

/** Close code the server uses when the account was suspended or its role or password changed. */
export const CLOSE_ACCOUNT_CHANGED = 1008;

/** Most expert ids one `presence.watch` may carry. */
export const MAX_WATCHED_EXPERTS = 200;

/**
 * The tab's connection: `connecting` (first attempt after sign-in), `open`, `reconnecting` (lost,
 * or an attempt failed: retrying with backoff) or `closed` (signed out).
 */
export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** `POST /api/ws-ticket`. */
export interface WsTicket {
  ticket: string;
  expiresAt: string;
}

// ---------- Client → server ----------

export type ClientMessage =
  | { type: 'ping' }
  | { type: 'chat.send'; sessionId: string; text: string }
  | { type: 'chat.typing'; sessionId: string }
  | { type: 'chat.read'; sessionId: string; seq: number }
  | { type: 'presence.watch'; expertIds: string[] }
  | { type: 'rtc.ready' | 'rtc.hangup'; sessionId: string }
  | { type: 'rtc.offer' | 'rtc.answer'; sessionId: string; sdp: string }
  | { type: 'rtc.ice'; sessionId: string; candidate: RTCIceCandidateInit | null };

/** A client message with the optional `id` the server echoes as `replyTo`. */
export type OutgoingMessage = ClientMessage & { id?: string };

// ---------- Server → client ----------

export interface WelcomeMessage {
  type: 'welcome';
  protocol: number;
  userId: string;
  role: Role;
  serverTime: string;
}

export interface PongMessage {
  type: 'pong';
  replyTo: string | null;
}

export type SessionEventType =
  | 'session.requested'
  | 'session.accepted'
  | 'session.declined'
  | 'session.expired'
  | 'session.cancelled'
  | 'session.ended';

export interface SessionEventMessage {
  type: SessionEventType;
  sessionId: string;
  session: Session;
}

export interface ChatMessageEvent {
  type: 'chat.message';
  sessionId: string;
  seq: number;
  senderId: string;
  text: string;
  sentAt: string;
  replyTo?: string | null;
}

export interface ChatTypingEvent {
  type: 'chat.typing';
  sessionId: string;
  userId: string;
}

export interface ChatReadEvent {
  type: 'chat.read';
  sessionId: string;
  userId: string;
  seq: number;
}

export interface PresenceChangedEvent {
  type: 'presence.changed';
  expertId: string;
  presence: Presence;
}

/** A relayed `rtc.*` message, with `from` (the sender's user id). */
export type RtcEvent =
  | { type: 'rtc.ready' | 'rtc.hangup'; sessionId: string; from: string }
  | { type: 'rtc.offer' | 'rtc.answer'; sessionId: string; from: string; sdp: string }
  | { type: 'rtc.ice'; sessionId: string; from: string; candidate: RTCIceCandidateInit | null };

export type RealtimeErrorCode =
  | 'bad-message'
  | 'unknown-type'
  | 'not-found'
  | 'forbidden'
  | 'not-active'
  | 'not-supported'
  | 'too-long'
  | 'rate-limited'
  | 'internal';

export interface RealtimeErrorMessage {
  type: 'error';
  code: RealtimeErrorCode | string;
  message: string;
  replyTo: string | null;
}

export type ServerMessage =
  | WelcomeMessage
  | PongMessage
  | SessionEventMessage
  | ChatMessageEvent
  | ChatTypingEvent
  | ChatReadEvent
  | PresenceChangedEvent
  | RtcEvent
  | BillingTickEvent
  | BalanceLowEvent
  | DeskEvent
  | ApprovalEvent
  | OpsSessionEvent
  | RealtimeErrorMessage;

export type ServerMessageType = ServerMessage['type'];

/** The server message of type `T`. */
export type ServerMessageOf<T extends ServerMessageType> = Extract<ServerMessage, { type: T }>;

export const SESSION_EVENT_TYPES: readonly SessionEventType[] = [
  'session.requested',
  'session.accepted',
  'session.declined',
  'session.expired',
  'session.cancelled',
  'session.ended',
];

export function isSessionEvent(message: ServerMessage): message is SessionEventMessage {
  return (
    (SESSION_EVENT_TYPES as readonly string[]).includes(message.type) &&
    typeof (message as SessionEventMessage).session === 'object' &&
    (message as SessionEventMessage).session !== null
  );
}

export function isRtcEvent(message: ServerMessage): message is RtcEvent {
  return message.type.startsWith('rtc.');
}

/**
 * Parses one text frame: a JSON object with a string `type`, else null (ignored). Fields are
 * checked where they are used; unknown types pass through and are ignored by the listeners.
 */
export function parseServerMessage(data: unknown): ServerMessage | null {
  if (typeof data !== 'string') {
    return null;
  }
  try {
    const value: unknown = JSON.parse(data);
    if (
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      typeof (value as { type?: unknown }).type === 'string'
    ) {
      return value as ServerMessage;
    }
  } catch {
    // not JSON: ignored
  }
  return null;
}

/** `ws(s)://<host>/ws?ticket=…` for the page's own origin. */
export function socketUrl(location: Pick<Location, 'protocol' | 'host'>, ticket: string): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}${REALTIME_API.socket}?ticket=${encodeURIComponent(ticket)}`;
}
