package dev.skillfast.reviews.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.platform.problem.Problem;
import dev.skillfast.platform.errors.NotFoundException;
import dev.skillfast.reviews.domain.ReviewService;

/** The review of one session: written by its client once it has ended, editable for a while. */
@Path("/sessions/{sessionId}/review")
@RequestScoped
@Tag(name = "Reviews")
@Produces(MediaType.APPLICATION_JSON)
public class SessionReviewResource {

    @Inject
    ReviewService reviews;

    @Inject
    JsonWebToken jwt;

    @Context
    SecurityContext security;

    @PathParam("sessionId")
    @Pattern(regexp = "[A-Za-z0-9-]{1,64}")
    String sessionId;

    @GET
    @RolesAllowed({"CLIENT", "EXPERT", "ADMIN"})
    @Operation(summary = "A session's review", description = "For the session's participants and administrators; 404 "
            + "while it has none.")
    public ReviewResponse get() {
        boolean admin = security.isUserInRole("ADMIN");
        return reviews.ofSession(sessionId, jwt.getSubject(), admin)
                .map(r -> ReviewResponse.of(r, reviews.editWindow(), admin))
                .orElseThrow(() -> new NotFoundException("This session has no review yet."));
    }

    @POST
    @RolesAllowed("CLIENT")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Review a session", description = "By the session's client, once it has ended, when it ran at "
            + "least one minute (free ones count). One review per session. The comment is plain text.")
    @APIResponse(responseCode = "201", description = "Reviewed",
            content = @Content(schema = @Schema(implementation = ReviewResponse.class)))
    @APIResponse(responseCode = "409", description = "Already reviewed, not ended, or never started",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull(message = "a JSON body is required") @Valid ReviewRequests.Rate body) {
        var created = reviews.create(sessionId, jwt.getSubject(), body.rating(), body.comment());
        return Response.created(URI.create("sessions/" + sessionId + "/review"))
                .entity(ReviewResponse.of(created, reviews.editWindow(), false)).build();
    }

    @PUT
    @RolesAllowed("CLIENT")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit my review", description = "By its author, until editableUntil (48 hours after it was "
            + "written by default, skillfast.reviews.edit-window).")
    @APIResponse(responseCode = "409", description = "The edit window is over",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReviewResponse edit(@NotNull(message = "a JSON body is required") @Valid ReviewRequests.Rate body) {
        return ReviewResponse.of(reviews.edit(sessionId, jwt.getSubject(), body.rating(), body.comment()),
                reviews.editWindow(), false);
    }
}
