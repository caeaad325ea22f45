package dev.skillfast.reviews.api;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.reviews.domain.RatingSummary;
import dev.skillfast.reviews.domain.ReviewService;

/** An expert's public reviews and rating summary. */
@Path("/experts/{expertId}/reviews")
@RequestScoped
@Tag(name = "Reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertReviewsResource {

    @Inject
    ReviewService reviews;

    @Context
    SecurityContext security;

    @Schema(name = "ExpertReviews")
    public record ExpertReviews(List<ReviewResponse> items, long total, int page, int size, RatingSummary summary) {
    }

    @GET
    @PermitAll
    @Operation(summary = "An expert's reviews", description = "Public: reviewer display names only, hidden reviews left "
            + "out (administrators see them, marked hidden). sort=recent (default) or rating (best first). The summary "
            + "has the average, the count and how many reviews gave each number of stars.")
    public ExpertReviews list(@PathParam("expertId") @Size(max = 64) String expertId,
                              @QueryParam("sort") @DefaultValue("recent")
                              @Pattern(regexp = "recent|rating", message = "must be recent or rating") String sort,
                              @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                              @QueryParam("size") @DefaultValue("10") @Min(1) @Max(50) int size) {
        boolean admin = security.isUserInRole("ADMIN");
        ReviewService.ExpertReviews found = reviews.ofExpert(expertId, admin, "rating".equals(sort), page, size);
        return new ExpertReviews(found.items().stream().map(r -> ReviewResponse.of(r, reviews.editWindow(), admin)).toList(),
                found.total(), page, size, found.summary());
    }
}
