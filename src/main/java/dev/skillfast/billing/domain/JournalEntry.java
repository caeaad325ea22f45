package dev.skillfast.billing.domain;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the append-only double-entry journal (collection {@code transactions}). Its postings
 * sum to zero in its one currency; {@code idempotencyKey} is unique, so the same business event (a
 * session's unit, a grant request) is journalled once however often it is attempted.
 *
 * @param sessionId for session charges and refunds; null otherwise
 * @param unitIndex the session's billing unit (0-based); null when not a unit charge
 * @param reason    free text for grants, refunds and adjustments
 * @param createdBy the user who caused it (administrator for grants; null for the billing timer)
 */
public record JournalEntry(String id, String idempotencyKey, EntryType type, String currency, List<Posting> postings,
                           String sessionId, Long unitIndex, String reason, String createdBy, EntryStatus status,
                           Instant createdAt) {

    public JournalEntry {
        postings = List.copyOf(postings);
        if (postings.stream().mapToLong(Posting::amount).sum() != 0) {
            throw new IllegalArgumentException("A journal entry's postings must sum to zero");
        }
        if (postings.stream().map(Posting::account).distinct().count() != postings.size()) {
            throw new IllegalArgumentException("One posting per account");
        }
        if (postings.stream().filter(p -> p.amount() < 0 && AccountIds.neverNegative(p.account())).count() > 1) {
            // the one debit that can be refused goes first; a second could fail after the first moved
            throw new IllegalArgumentException("At most one debit of a user's account per entry");
        }
    }

    /** The amount this entry moves on {@code account} (0 when it does not touch it). */
    public long amountOn(String account) {
        return postings.stream().filter(p -> p.account().equals(account)).mapToLong(Posting::amount).sum();
    }

    public JournalEntry withStatus(EntryStatus newStatus) {
        return new JournalEntry(id, idempotencyKey, type, currency, postings, sessionId, unitIndex, reason, createdBy,
                newStatus, createdAt);
    }
}
