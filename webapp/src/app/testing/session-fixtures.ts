import { SessionBilling, Settlement } from '../core/billing/billing.model';
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

/** `session.billing` of an ACTIVE session: 1.50 €/min, 1 free minute, 20 % commission. */
export function testBilling(overrides: Partial<SessionBilling> = {}): SessionBilling {
  return {
    rate: 150,
    currency: 'EUR',
    unitSeconds: 60,
    freeUnits: 1,
    commissionPercent: 20,
    unitsBilled: 2,
    cost: 150,
    nextChargeAt: '2026-03-01T10:05:30Z',
    ...overrides,
  };
}

/** The settlement (receipt) of an ended session: 4 minutes, 1 free, 3 paid at 1.50 €. */
export function testSettlement(overrides: Partial<Settlement> = {}): Settlement {
  return {
    sessionId: 's-1',
    channel: 'CHAT',
    currency: 'EUR',
    rate: 150,
    unitSeconds: 60,
    startedAt: '2026-03-01T10:00:30Z',
    endedAt: '2026-03-01T10:04:05Z',
    durationSeconds: 215,
    unitsBilled: 4,
    freeUnits: 1,
    paidUnits: 3,
    total: 450,
    expertEarning: 360,
    commission: 90,
    commissionPercent: 20,
    settledAt: '2026-03-01T10:04:06Z',
    ...overrides,
  };
}
