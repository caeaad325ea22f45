package dev.skillfast.billing.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.billing.domain.JournalEntry;

/** One journal entry as administrators read it: every posting, signed (debits negative). */
@Schema(name = "JournalLine")
public record JournalLine(String id, String key, String type, String status, String currency, List<PostingLine> postings,
                          String sessionId, Long unitIndex, String reason, String createdBy, Instant createdAt) {

    /** One posting: minor units on one account. */
    @Schema(name = "JournalPosting")
    public record PostingLine(String account, long amount) {
    }

    static JournalLine of(JournalEntry e) {
        return new JournalLine(e.id(), e.idempotencyKey(), e.type().name(), e.status().name(), e.currency(),
                e.postings().stream().map(p -> new PostingLine(p.account(), p.amount())).toList(), e.sessionId(),
                e.unitIndex(), e.reason(), e.createdBy(), e.createdAt());
    }
}
