package dev.skillfast.billing.domain;

import java.time.Instant;

import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionState;
import dev.skillfast.sessions.domain.Tariff;

/** A session as billing works on it: the lifecycle's view and billing's own state, read together. */
public record BilledSession(Session session, BillingState billing) {

    public String id() {
        return session.id();
    }

    public Tariff tariff() {
        return session.tariff();
    }

    public SessionState state() {
        return session.state();
    }

    public Instant startedAt() {
        return session.startedAt();
    }

    public long unitsBilled() {
        return billing.unitsBilled();
    }

    public Instant seenAt() {
        return billing.seenAt();
    }

    /** The earliest moment a participant went away, or null while both are connected. */
    public Instant awaySince() {
        return session.awaySince();
    }

    /** Whether the session ran (ACTIVE, or ENDED after it started) with a price: the only ones billed. */
    public boolean billable() {
        return session.tariff() != null && session.startedAt() != null;
    }
}
