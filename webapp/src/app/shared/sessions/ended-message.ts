import { Session, SessionSide } from '../../core/sessions/session.model';

/**
 * Translation key (under `sessions.ended.reasons`) of why a session is over, seen from `side`
 * (null: an observer such as an administrator): declined / expired / cancelled requests, or who or
 * what ended an ACTIVE one. An administrator's end with a note is `ADMIN_NOTE` (`{{note}}`, see
 * {@link endedMessageParams}).
 */
export function endedMessageKey(session: Session, side: SessionSide | null): string {
  const who = side ?? 'observer';
  switch (session.state) {
    case 'DECLINED':
      return `declined.${who}`;
    case 'EXPIRED':
      return `expired.${who}`;
    case 'CANCELLED':
      return `cancelled.${who}`;
    default:
      break;
  }
  switch (session.endReason) {
    case 'CLIENT':
      return side === 'client' ? 'byMe' : 'byClient';
    case 'EXPERT':
      return side === 'expert' ? 'byMe' : 'byExpert';
    case 'FUNDS':
      return `FUNDS.${who}`;
    case 'ADMIN':
      return endNoteOf(session) ? 'ADMIN_NOTE' : 'ADMIN';
    case 'DISCONNECT':
    case 'SUSPENDED':
      return session.endReason;
    default:
      return 'unknown';
  }
}

/** The parameters of that message: the other participant's `name` and the administrator's `note`. */
export function endedMessageParams(
  session: Session,
  otherName: string,
): { name: string; note: string } {
  return { name: otherName, note: endNoteOf(session) };
}

/** The administrator's note of an ADMIN end, trimmed ('' without one). */
function endNoteOf(session: Session): string {
  return session.endReason === 'ADMIN' ? (session.endNote ?? '').trim() : '';
}
