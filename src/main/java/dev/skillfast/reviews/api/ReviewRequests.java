package dev.skillfast.reviews.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.platform.input.PlainText;

/** What clients send about reviews. */
public final class ReviewRequests {

    private ReviewRequests() {
    }

    @Schema(name = "ReviewRequest")
    public record Rate(@NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 5")
                       @Max(value = 5, message = "must be 1 to 5") Integer rating,
                       @Size(max = 2000, message = "must be at most 2000 characters") @PlainText String comment) {
    }

    @Schema(name = "ReviewReplyRequest")
    public record Reply(@NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters")
                        @PlainText String text) {
    }

    @Schema(name = "ReviewModerationRequest")
    public record Moderate(@NotBlank(message = "say why; it is kept with the review")
                           @Size(max = 500, message = "must be at most 500 characters") @PlainText String reason) {
    }
}
