package dev.skillfast.sessions.domain;

import java.time.Instant;

/** Billing's progress on one session: units billed, and when both participants were last seen connected (null: not now). */
public record UnitsBilled(String sessionId, long units, Instant seenAt) {
}
