package dev.skillfast.accounts.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.accounts.domain.AccountService;
import dev.skillfast.platform.problem.Problem;

/** The signed-in user's own account. */
@Path("/me")
@RequestScoped
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class MeResource {

    @Inject
    AccountService accounts;

    @Inject
    JsonWebToken jwt;

    @Inject
    RefreshCookie cookie;

    @Context
    HttpServletRequest request;

    @GET
    @RolesAllowed({"CLIENT", "EXPERT", "ADMIN"})
    @Operation(summary = "My account")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UserResponse me() {
        return UserResponse.of(accounts.get(jwt.getSubject()));
    }

    @PATCH
    @RolesAllowed({"CLIENT", "EXPERT", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my display name or language")
    @APIResponse(responseCode = "200", description = "The updated account",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UserResponse update(@NotNull(message = "a JSON body is required") @Valid UpdateMeRequest body) {
        return UserResponse.of(accounts.updateProfile(jwt.getSubject(), body.displayName(), body.language()));
    }

    @POST
    @Path("/password")
    @RolesAllowed({"CLIENT", "EXPERT", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my password", description = "Ends every sign-in of the account, and answers a "
            + "fresh session (and cookie) for this client.")
    @APIResponse(responseCode = "200", description = "Changed; a new session",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "400", description = "Current password wrong, or new password invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changePassword(@NotNull(message = "a JSON body is required") @Valid ChangePasswordRequest body) {
        AccountService.SignIn signIn = accounts.changePassword(jwt.getSubject(), body.currentPassword(), body.newPassword());
        return Response.ok(new SessionResponse(signIn.accessToken().token(), signIn.accessToken().expiresInSeconds(),
                        UserResponse.of(signIn.user()), null))
                .cookie(cookie.of(signIn.refreshToken().token(), signIn.refreshToken().lifetime(), request))
                .build();
    }
}
