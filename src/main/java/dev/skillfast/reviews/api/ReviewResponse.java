package dev.skillfast.reviews.api;

import java.time.Duration;
import java.time.Instant;

import jakarta.json.bind.annotation.JsonbNillable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.reviews.domain.Review;
import dev.skillfast.reviews.domain.ReviewRules;

/**
 * A review as the API shows it. Only the reviewer's display name is ever shown; {@code hidden} is true and
 * {@code moderation} present only in answers to administrators.
 */
@Schema(name = "Review")
@JsonbNillable
public record ReviewResponse(String id, String sessionId, String expertId,
                             @Schema(minimum = "1", maximum = "5") int rating,
                             @Schema(description = "Plain text as written; render it as text") String comment,
                             String reviewerName, Instant createdAt, Instant updatedAt,
                             @Schema(description = "The author may edit it until then") Instant editableUntil,
                             Reply reply, boolean hidden, Moderation moderation) {

    @Schema(name = "ReviewReply")
    public record Reply(String text, Instant createdAt) {
    }

    @Schema(name = "ReviewModeration")
    public record Moderation(@Schema(enumeration = {"HIDE", "RESTORE"}) String action, String reason, Instant at) {
    }

    public static ReviewResponse of(Review r, Duration editWindow, boolean admin) {
        return new ReviewResponse(r.id(), r.sessionId(), r.expertId(), r.rating(), r.comment(), r.reviewerName(),
                r.createdAt(), r.updatedAt(), ReviewRules.editableUntil(r, editWindow),
                r.reply() == null ? null : new Reply(r.reply().text(), r.reply().createdAt()),
                admin && r.hidden(),
                admin && r.moderation() != null
                        ? new Moderation(r.moderation().action(), r.moderation().reason(), r.moderation().at()) : null);
    }
}
