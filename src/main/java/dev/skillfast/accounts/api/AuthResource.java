package dev.skillfast.accounts.api;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.accounts.domain.AccountService;
import dev.skillfast.accounts.domain.Emails;
import dev.skillfast.accounts.domain.Languages;
import dev.skillfast.accounts.domain.Role;
import dev.skillfast.accounts.domain.User;
import dev.skillfast.platform.problem.Problem;
import dev.skillfast.platform.security.ClientAddress;
import dev.skillfast.platform.security.RateLimiter;
import dev.skillfast.platform.security.RateLimits;

@Path("/auth")
@RequestScoped
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    AccountService accounts;

    @Inject
    RateLimiter limiter;

    @Inject
    RateLimits limits;

    @Inject
    RefreshCookie cookie;

    @Context
    HttpServletRequest request;

    @POST
    @Path("/register")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account", description = "Public. Role CLIENT or EXPERT (never ADMIN). "
            + "Rate-limited per client address.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "E-mail already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many sign-ups from this address",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@NotNull(message = "a JSON body is required") @Valid RegisterRequest body,
                             @HeaderParam("Accept-Language") String acceptLanguage) {
        limiter.enforce(limits.registerPerAddress(), ClientAddress.of(request),
                "Too many sign-ups from your address; try again later.");
        User user = accounts.register(body.email(), body.password(), body.displayName(), Role.valueOf(body.role()),
                Languages.fromAcceptLanguage(acceptLanguage));
        return Response.created(URI.create("me")).entity(UserResponse.of(user)).build();
    }

    @POST
    @Path("/login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in", description = "Public. Answers an access token and sets the refresh cookie "
            + "(HttpOnly, SameSite=Strict, path /api/auth). Repeated failures lock the account for a while (429).")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(schema = @Schema(implementation = SessionResponse.class),
                    examples = @ExampleObject(name = "session", value = "{\"accessToken\":\"eyJhbGciOiJSUzI1NiJ9...\","
                            + "\"expiresIn\":900,\"user\":{\"id\":\"7d3c...\",\"email\":\"ana@example.com\","
                            + "\"displayName\":\"Ana\",\"role\":\"CLIENT\",\"language\":\"es\",\"suspended\":false,"
                            + "\"mustChangePassword\":false,\"createdAt\":\"2026-11-28T10:00:00Z\"}}")))
    @APIResponse(responseCode = "401", description = "Wrong e-mail or password",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Account suspended",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many attempts (Retry-After says how long to wait)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response login(@NotNull(message = "a JSON body is required") @Valid LoginRequest body) {
        limiter.enforce(limits.loginPerAddress(), ClientAddress.of(request),
                "Too many sign-in attempts from your address; try again shortly.");
        limiter.enforce(limits.loginPerAccount(), Emails.normalize(body.email()),
                "Too many sign-in attempts for this account; try again shortly.");
        return session(accounts.login(body.email(), body.password()), false);
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "New access token", description = "Rotates the refresh token: from the cookie, or from "
            + "the body {refreshToken} for clients without cookies (who then get the new one in the body). "
            + "A token that was already used revokes its whole sign-in.")
    @APIResponse(responseCode = "200", description = "Refreshed",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid refresh token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response refreshWithBody(@Valid RefreshRequest body, @CookieParam(RefreshCookie.NAME) String fromCookie) {
        String fromBody = body == null || body.refreshToken() == null || body.refreshToken().isBlank()
                ? null : body.refreshToken();
        return refresh(fromBody != null ? fromBody : fromCookie, fromBody != null);
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @Operation(hidden = true)
    public Response refreshWithCookie(@CookieParam(RefreshCookie.NAME) String fromCookie) {
        return refresh(fromCookie, false);
    }

    @POST
    @Path("/logout")
    @PermitAll
    @Operation(summary = "Sign out", description = "Revokes the sign-in of the refresh token (the cookie, or the "
            + "body {refreshToken}) and clears the cookie. Always 204.")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response logout(@CookieParam(RefreshCookie.NAME) String fromCookie) {
        accounts.logout(fromCookie);
        return Response.noContent().cookie(cookie.cleared(request)).build();
    }

    @POST
    @Path("/logout")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response logoutWithBody(@Valid RefreshRequest body, @CookieParam(RefreshCookie.NAME) String fromCookie) {
        if (body != null) {
            accounts.logout(body.refreshToken());
        }
        return logout(fromCookie);
    }

    private Response refresh(String token, boolean tokenInBody) {
        limiter.enforce(limits.refreshPerAddress(), ClientAddress.of(request),
                "Too many refreshes from your address; try again shortly.");
        return session(accounts.refresh(token), tokenInBody);
    }

    private Response session(AccountService.SignIn signIn, boolean tokenInBody) {
        SessionResponse body = new SessionResponse(signIn.accessToken().token(), signIn.accessToken().expiresInSeconds(),
                UserResponse.of(signIn.user()), tokenInBody ? signIn.refreshToken().token() : null);
        return Response.ok(body).cookie(cookie.of(signIn.refreshToken().token(), signIn.refreshToken().lifetime(), request))
                .build();
    }
}
