import { Channel } from '../experts/expert.model';
import { Session, SessionState } from './session.model';

/**
 * Each participant's live connection while the session is ACTIVE: null while connected, else
 * since when (ISO-8601) they have had no connection. Meaningless outside ACTIVE.
 */
export interface SessionConnections {
  clientAwaySince: string | null;
  expertAwaySince: string | null;
}

/** One session of the operations console: `GET /api/admin/sessions` items and `ops.session` frames. */
export interface AdminSessionView {
  session: Session;
  connections: SessionConnections;
}

/** What an `ops.session` frame says happened: a state change, a billed unit or a connection. */
export type OpsSessionEventKind =
  'requested' | 'accepted' | 'declined' | 'expired' | 'cancelled' | 'ended' | 'tick' | 'presence';

/** `ops.session`: to every administrator's connection, after any change of any session. */
export interface OpsSessionEvent extends AdminSessionView {
  type: 'ops.session';
  event: OpsSessionEventKind;
  sessionId: string;
}

/** Filters of `GET /api/admin/sessions` (dates yyyy-mm-dd, UTC, inclusive; page 0-based). */
export interface AdminSessionQuery {
  state: SessionState | '';
  channel: Channel | '';
  expertId: string;
  clientId: string;
  from: string;
  to: string;
  page: number;
  /** 1–100; the server's 20 when absent. */
  size?: number;
}

/** Longest reason an administrator may give when ending a session. */
export const ADMIN_END_NOTE_MAX = 500;
/** Most live sessions read at once (the API's largest page). */
export const LIVE_SESSIONS_LIMIT = 100;

export const ADMIN_SESSIONS_API = {
  sessions: '/api/admin/sessions',
  end: (id: string) => `/api/admin/sessions/${encodeURIComponent(id)}/end`,
} as const;

/** A user id as the API accepts it in a filter. */
export function isUserId(value: string): boolean {
  return /^[A-Za-z0-9-]{1,64}$/.test(value);
}

/** True for a list item or frame carrying a session (fields are checked where they are used). */
export function isAdminSessionView(value: unknown): value is AdminSessionView {
  const view = value as Partial<AdminSessionView> | null;
  return (
    typeof view === 'object' &&
    view !== null &&
    typeof view.session === 'object' &&
    view.session !== null &&
    typeof view.session.id === 'string' &&
    typeof view.session.state === 'string'
  );
}

/** The connections of a view, both "connected" when the server sent none. */
export function connectionsOf(view: AdminSessionView): SessionConnections {
  return {
    clientAwaySince: view.connections?.clientAwaySince ?? null,
    expertAwaySince: view.connections?.expertAwaySince ?? null,
  };
}
