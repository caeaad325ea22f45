package dev.skillfast.billing.domain;

import java.time.Instant;

/** The last billing sweep any server ran: when, how long, what it did, and which server ran it. */
public record LastSweep(Instant at, long millis, int sessions, int charges, String node) {
}
