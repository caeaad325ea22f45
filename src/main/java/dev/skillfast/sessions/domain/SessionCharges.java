package dev.skillfast.sessions.domain;

/**
 * What billing reports of one session, for the session's views (API, {@code session.*} frames, review
 * rules): the units it got through, free ones included, and what the session came to once settled.
 *
 * @param settlement null until the session ended and was settled
 */
public record SessionCharges(long unitsBilled, Settlement settlement) {

    /** A session billing has not started on (never accepted, or from before billing). */
    public static final SessionCharges NONE = new SessionCharges(0, null);
}
