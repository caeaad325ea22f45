package dev.skillfast.billing.domain;

import java.time.Instant;

/**
 * What an administrator looks for in the journal: each part null for "any"; {@code account} an account id
 * the entry posts to, {@code from} inclusive, {@code to} exclusive.
 */
public record JournalQuery(EntryType type, EntryStatus status, String account, String sessionId, Instant from,
                           Instant to) {
}
