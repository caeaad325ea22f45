package dev.skillfast.accounts.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.accounts.domain.PasswordResets;
import dev.skillfast.platform.problem.Problem;
import dev.skillfast.platform.security.ClientAddress;
import dev.skillfast.platform.security.RateLimiter;
import dev.skillfast.platform.security.RateLimits;

/** Forgotten passwords: a reset link by mail, and setting the new password with it. */
@Path("/auth/password-reset")
@RequestScoped
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    @Inject
    PasswordResets resets;

    @Inject
    RateLimiter limiter;

    @Inject
    RateLimits limits;

    @Context
    HttpServletRequest request;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for a password reset link by mail",
            description = "Always 202, whether or not the address has an account (nothing is revealed). The "
                    + "link works once, for 30 minutes. Without mail (SMTP), nothing is sent: an administrator "
                    + "makes a link instead. Rate-limited per address and per account.")
    @APIResponse(responseCode = "202", description = "Accepted")
    @APIResponse(responseCode = "429", description = "Too many requests from this address",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response request(@NotNull(message = "a JSON body is required") @Valid PasswordResetRequest body) {
        limitAddress();
        resets.requestLater(body.email());
        return Response.accepted().build();
    }

    @POST
    @Path("/confirm")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a new password with a reset link's token",
            description = "Once per link. Ends every sign-in of the account (refresh and access tokens).")
    @APIResponse(responseCode = "204", description = "Password set")
    @APIResponse(responseCode = "400", description = "Invalid, expired or used token, or a password too short",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many attempts from this address",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response confirm(@NotNull(message = "a JSON body is required") @Valid PasswordResetConfirmation body) {
        limitAddress();
        resets.confirm(body.token(), body.password());
        return Response.noContent().build();
    }

    private void limitAddress() {
        limiter.enforce(limits.passwordResetPerAddress(), ClientAddress.of(request),
                "Too many password reset requests from your address; try again later.");
    }
}
