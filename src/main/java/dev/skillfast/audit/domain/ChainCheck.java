package dev.skillfast.audit.domain;

import java.time.Instant;

/**
 * What a walk of the audit chain found: {@code intact}, how many records it read, the last one's seq and hash
 * (noted somewhere else, they also show a log cut short at its end), and otherwise the first break.
 */
public record ChainCheck(boolean intact, long records, Long lastSeq, String lastHash, Break firstBreak,
                         Instant verifiedAt) {

    /** Where the chain first breaks: {@code problem} is altered, unlinked or missing. */
    public record Break(long seq, String problem, String message) {
    }
}
