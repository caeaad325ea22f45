import { ChatMessage, Session } from '../core/sessions/session.model';

/** A consultation as the sessions API returns it (client u-client, expert u-expert). */
export function testLiveSession(overrides: Partial<Session> = {}): Session {
  return {
    id: 's-1',
    state: 'ACTIVE',
    channel: 'CHAT',
    client: { id: 'u-client', displayName: 'Carla Client', avatarUrl: null },
    expert: { id: 'u-expert', displayName: 'Laura Martín', avatarUrl: null },
    requestedAt: '2026-03-01T10:00:00Z',
    expiresAt: '2026-03-01T10:01:00Z',
    startedAt: '2026-03-01T10:00:30Z',
    endedAt: null,
    endReason: null,
    readSeq: { client: 0, expert: 0 },
    ...overrides,
  };
}

/** A stored chat message. */
export function testMessage(seq: number, senderId: string, text = `message ${seq}`): ChatMessage {
  return { seq, senderId, text, sentAt: `2026-03-01T10:0${Math.min(seq, 9)}:00Z` };
}
