package dev.skillfast.billing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.billing.domain.SessionEarnings;
import dev.skillfast.platform.errors.ConflictException;
import dev.skillfast.platform.problem.Problem;
import dev.skillfast.sessions.api.Receipt;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionService;

/** A session's receipt: what it came to, once ended and settled by billing. */
@Path("/sessions/{id}/receipt")
@RequestScoped
@Tag(name = "Sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionReceiptResource {

    @Inject
    SessionService sessions;

    @Inject
    SessionEarnings earnings;

    @Inject
    JsonWebToken jwt;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({"CLIENT", "EXPERT", "ADMIN"})
    @Operation(summary = "A session's receipt", description = "Duration, units billed, free units, total, the expert's "
            + "earning and the commission, once the session ended and was settled (normally within a second of the end). "
            + "For its two participants and administrators.")
    @APIResponse(responseCode = "200", description = "The receipt",
            content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "409", description = "Not ended, or not settled yet: try again shortly",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Receipt receipt(@PathParam("id") @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String id) {
        Session session = sessions.view(id, jwt.getSubject(), security.isUserInRole("ADMIN"));
        Receipt receipt = Receipt.of(session, earnings.of(session.id()).charges());
        if (receipt == null) {
            throw new ConflictException(session.tariff() == null
                    ? "This session never started, so it has no receipt."
                    : "The session is " + session.state().name() + "; its receipt exists once it has ended and been settled.");
        }
        return receipt;
    }
}
