package dev.skillfast.sessions.domain;

/**
 * Fired (CDI event) after a session changed state, with the session as stored; the realtime gateway
 * tells both participants and presence follows the expert.
 *
 * @param type requested, accepted, declined, expired, cancelled or ended (the {@code session.*} message type)
 */
public record SessionEvent(String type, Session session) {

    static SessionEvent of(Session session) {
        return new SessionEvent(switch (session.state()) {
            case REQUESTED -> "requested";
            case ACTIVE -> "accepted";
            case DECLINED -> "declined";
            case EXPIRED -> "expired";
            case CANCELLED -> "cancelled";
            case ENDED -> "ended";
        }, session);
    }
}
