package dev.skillfast.reviews.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.audit.domain.AuditAction;
import dev.skillfast.audit.domain.AuditTrail;
import dev.skillfast.reviews.domain.ReviewService;

/** Moderation: a hidden review leaves the public list and the expert's rating until it is restored. */
@Path("/admin/reviews")
@RequestScoped
@Tag(name = "Admin: reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class AdminReviewsResource {

    @Inject
    AuditTrail audit;

    @Inject
    ReviewService reviews;

    @Inject
    JsonWebToken jwt;

    @POST
    @Path("{id}/hide")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hide a review", description = "Out of the public list and the expert's average; 409 when "
            + "already hidden.")
    public ReviewResponse hide(@PathParam("id") @Size(max = 64) String id,
                               @NotNull(message = "a JSON body is required") @Valid ReviewRequests.Moderate body) {
        ReviewResponse hidden = ReviewResponse.of(reviews.moderate(id, jwt.getSubject(), true, body.reason().strip()),
                reviews.editWindow(), true);
        audit.adminAction(AuditAction.REVIEW_HIDE, "review", id, java.util.Map.of("hidden", false), hidden,
                body.reason().strip());
        return hidden;
    }

    @POST
    @Path("{id}/restore")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Restore a hidden review", description = "Back in the list and the average; 409 when not hidden.")
    public ReviewResponse restore(@PathParam("id") @Size(max = 64) String id,
                                  @NotNull(message = "a JSON body is required") @Valid ReviewRequests.Moderate body) {
        ReviewResponse restored = ReviewResponse.of(reviews.moderate(id, jwt.getSubject(), false, body.reason().strip()),
                reviews.editWindow(), true);
        audit.adminAction(AuditAction.REVIEW_RESTORE, "review", id, java.util.Map.of("hidden", true), restored,
                body.reason().strip());
        return restored;
    }
}
