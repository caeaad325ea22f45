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

import dev.skillfast.reviews.domain.ReviewService;

/** The reviewed expert's public reply. */
@Path("/reviews")
@RequestScoped
@Tag(name = "Reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewsResource {

    @Inject
    ReviewService reviews;

    @Inject
    JsonWebToken jwt;

    @POST
    @Path("{id}/reply")
    @RolesAllowed("EXPERT")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reply to a review", description = "By the reviewed expert, once; shown under the review.")
    public ReviewResponse reply(@PathParam("id") @Size(max = 64) String id,
                                @NotNull(message = "a JSON body is required") @Valid ReviewRequests.Reply body) {
        return ReviewResponse.of(reviews.reply(id, jwt.getSubject(), body.text()), reviews.editWindow(), false);
    }
}
