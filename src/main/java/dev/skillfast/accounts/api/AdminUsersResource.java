package dev.skillfast.accounts.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.accounts.domain.AccountService;
import dev.skillfast.accounts.domain.PasswordResets;
import dev.skillfast.accounts.domain.Role;
import dev.skillfast.accounts.domain.UserPage;
import dev.skillfast.audit.domain.AuditAction;
import dev.skillfast.audit.domain.AuditTrail;
import dev.skillfast.platform.problem.Problem;
import dev.skillfast.platform.rest.Page;
import dev.skillfast.platform.web.AppUrl;

/** Administrators manage accounts. */
@Path("/admin/users")
@RequestScoped
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AdminUsersResource {

    @Inject
    AuditTrail audit;

    @Inject
    AccountService accounts;

    @Inject
    JsonWebToken jwt;

    @Inject
    PasswordResets resets;

    @Inject
    AppUrl appUrl;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "Find accounts", description = "q matches e-mail or display name (any case); newest first.")
    @APIResponse(responseCode = "200", description = "One page of accounts")
    @APIResponse(responseCode = "403", description = "Not an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<UserResponse> list(@QueryParam("q") @Size(max = 100) String q,
                                   @QueryParam("role") @Pattern(regexp = "CLIENT|EXPERT|ADMIN",
                                           message = "must be CLIENT, EXPERT or ADMIN") String role,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                   @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        UserPage found = accounts.search(q, role == null ? null : Role.valueOf(role), page, size);
        return new Page<>(found.items().stream().map(UserResponse::of).toList(), found.total(), page, size);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend, reactivate or change the role of an account",
            description = "Suspending ends the account's sign-ins at once and its access tokens within a minute, "
                    + "ends its active session (reason SUSPENDED, settled up to that moment), cancels its open "
                    + "request and declines the requests waiting for it. "
                    + "An administrator cannot suspend or demote themself (409).")
    @APIResponse(responseCode = "200", description = "The updated account",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "404", description = "No such account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Change to one's own account refused",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UserResponse update(@PathParam("id") @Size(max = 64) String id,
                               @NotNull(message = "a JSON body is required") @Valid AdminUserPatch body) {
        UserResponse before = UserResponse.of(accounts.get(id));
        UserResponse after = UserResponse.of(accounts.administer(jwt.getSubject(), id, body.suspended(),
                body.role() == null ? null : Role.valueOf(body.role())));
        administrationAction(before, after).ifPresent(action -> audit.adminAction(action, "user", id, before, after, null));
        return after;
    }

    /** What a change of an account was, for the audit log; none when it changed nothing. */
    static java.util.Optional<AuditAction> administrationAction(UserResponse before, UserResponse after) {
        if (before.suspended() != after.suspended()) {
            return java.util.Optional.of(after.suspended() ? AuditAction.USER_SUSPEND : AuditAction.USER_REACTIVATE);
        }
        return before.role().equals(after.role()) ? java.util.Optional.empty() : java.util.Optional.of(AuditAction.USER_ROLE);
    }

    @POST
    @Path("/{id}/password-reset-link")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Make a one-time password reset link",
            description = "For desks without mail: the administrator hands the link to the user. It works once, "
                    + "for 30 minutes (skillfast.auth.password-reset-validity); using it ends every sign-in "
                    + "of the account.")
    @APIResponse(responseCode = "201", description = "The link",
            content = @Content(schema = @Schema(implementation = ResetLinkResponse.class)))
    @APIResponse(responseCode = "404", description = "No such account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Suspended, or signs in through single sign-on only",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response resetLink(@PathParam("id") @Size(max = 64) String id) {
        PasswordResets.Link link = resets.linkFor(id, appUrl.of(uriInfo));
        // not the link itself: it signs the account in, and the log is read by every administrator
        audit.adminAction(AuditAction.USER_PASSWORD_RESET_LINK, "user", id, null,
                java.util.Map.of("expiresAt", link.expiresAt().toString()), null);
        return Response.status(Response.Status.CREATED).entity(new ResetLinkResponse(link.url(), link.expiresAt())).build();
    }
}
