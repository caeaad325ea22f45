package dev.skillfast.billing.domain;

import java.time.Instant;

/**
 * Billing's progress on one session: units billed, when both participants were last seen connected (null:
 * not now), and when billing is to look at the session next (null: leave as it is).
 */
public record UnitsBilled(String sessionId, long units, Instant seenAt, Instant lookAt) {
}
