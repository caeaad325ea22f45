package dev.skillfast.billing.domain;

import java.util.List;

/**
 * What to journal: one business event under its idempotency key (see {@link JournalEntry} for the fields).
 */
public record EntryDraft(EntryType type, String idempotencyKey, String currency, List<Posting> postings, String sessionId,
                         Long unitIndex, String reason, String createdBy) {
}
