package dev.skillfast.reviews.domain;

import java.time.Instant;

/**
 * A client's review of one ended session (one per session).
 *
 * @param reviewerName the client's display name as the session recorded it (only names are ever public)
 * @param reply        the expert's public reply, at most one (null before)
 * @param hidden       hidden by an administrator: out of the public list and of the expert's rating
 * @param moderation   the last hide or restore (null when never moderated)
 * @param version      bumped by every change; edits and moderation are conditional on it
 */
public record Review(String id, String sessionId, String expertId, String clientId, String reviewerName, int rating,
                     String comment, Instant createdAt, Instant updatedAt, Reply reply, boolean hidden,
                     Moderation moderation, long version) {

    public record Reply(String text, Instant createdAt) {
    }

    public record Moderation(String action, String reason, String by, Instant at) {
    }

    /** Whether it counts in the expert's rating. */
    public boolean counts() {
        return !hidden;
    }
}
