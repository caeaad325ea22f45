package dev.skillfast.sessions.domain;

import java.time.Instant;

/** A sponsor's answer to a session asked for on a cost centre: who pays, or wait for an approver. */
public sealed interface Sponsorship {

    /** The session may start, paid so. */
    record Granted(FundedBy fundedBy) implements Sponsorship {
    }

    /** The expected cost passes the centre's per-session limit: an approval was asked for. */
    record AwaitingApproval(String approvalId, String code, Instant expiresAt, long expectedCost, String currency)
            implements Sponsorship {
    }
}
