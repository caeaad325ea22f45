package dev.skillfast.billing.domain;

import java.time.Instant;

import dev.skillfast.sessions.domain.SessionCharges;
import dev.skillfast.sessions.domain.Settlement;

/**
 * Billing's own state of one session, kept on the session's document beside the lifecycle's fields.
 *
 * @param unitsBilled   billing units processed so far, free ones included (the ledger holds the charges)
 * @param seenAt        the last time billing saw both participants connected (crash recovery bills up to it); null before
 * @param lowWarnedUnit the unit for which {@code balance.low} went out (0: none)
 * @param settlement    what the session came to, once ended and settled (null before)
 */
public record BillingState(String sessionId, long unitsBilled, Instant seenAt, long lowWarnedUnit, Settlement settlement) {

    /** A session billing has not touched yet. */
    public static BillingState none(String sessionId) {
        return new BillingState(sessionId, 0, null, 0, null);
    }

    public SessionCharges charges() {
        return new SessionCharges(unitsBilled, settlement);
    }
}
