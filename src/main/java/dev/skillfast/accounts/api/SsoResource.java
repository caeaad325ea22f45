package dev.skillfast.accounts.api;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.accounts.domain.AuthPolicy;
import dev.skillfast.accounts.domain.PasswordResets;
import dev.skillfast.accounts.domain.SsoFailure;
import dev.skillfast.accounts.domain.SsoSettings;
import dev.skillfast.accounts.domain.SsoSignIns;
import dev.skillfast.platform.web.AppUrl;

/**
 * Single sign-on with the company's OpenID Connect provider. The browser goes to {@code start}, the
 * provider sends it back to {@code callback}, which sets the same refresh cookie a password sign-in sets
 * and sends it on to the web app ({@code /login/sso}, which refreshes), or to {@code /login?ssoError=…}.
 */
@Path("/auth/sso")
@RequestScoped
@Tag(name = "Accounts")
public class SsoResource {

    private static final Logger LOG = Logger.getLogger(SsoResource.class.getName());

    @Inject
    SsoSignIns signIns;

    @Inject
    SsoSettings settings;

    @Inject
    AuthPolicy policy;

    @Inject
    PasswordResets resets;

    @Inject
    RefreshCookie refreshCookie;

    @Inject
    SsoCookie attemptCookie;

    @Inject
    AppUrl appUrl;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "How this desk signs people in",
            description = "Whether single sign-on is configured and the label of its button, whether password "
                    + "sign-up and sign-in are allowed, and whether reset links are mailed.")
    @APIResponse(responseCode = "200", description = "The options",
            content = @Content(schema = @Schema(implementation = SsoOptionsResponse.class)))
    public SsoOptionsResponse options() {
        boolean configured = settings.enabled();
        return new SsoOptionsResponse(configured, configured ? settings.displayName() : null,
                configured ? "/api/auth/sso/start" : null, policy.localSignup(), policy.localLogin(), resets.byMail());
    }

    @GET
    @Path("/start")
    @PermitAll
    @Operation(summary = "Start single sign-on",
            description = "Redirects the browser to the provider (authorization code flow, PKCE S256, state and "
                    + "nonce). returnTo: a web app path to come back to (anything else becomes \"/\").")
    @APIResponse(responseCode = "303", description = "To the provider, or to /login?ssoError=… if it cannot be reached")
    @APIResponse(responseCode = "404", description = "Single sign-on is not configured")
    public Response start(@QueryParam("returnTo") @Size(max = 512) String returnTo) {
        try {
            SsoSignIns.Started started = signIns.start(returnTo, callback());
            return Response.seeOther(started.redirect())
                    .cookie(attemptCookie.of(started.browserSecret(), settings.attemptValidity(), request)).build();
        } catch (SsoFailure failure) {
            return failed(failure);
        }
    }

    @GET
    @Path("/callback")
    @PermitAll
    @Operation(summary = "The provider's answer",
            description = "Checks state (and that it comes back to the browser that started), redeems the code, "
                    + "validates the ID token (signature, issuer, audience, expiry, nonce), signs the user in and "
                    + "redirects to /login/sso?returnTo=…; on any failure to /login?ssoError=<code>.")
    @APIResponse(responseCode = "303", description = "To the web app")
    public Response callback(@QueryParam("code") @Size(max = 4096) String code,
                             @QueryParam("state") @Size(max = 512) String state,
                             @QueryParam("error") @Size(max = 256) String error,
                             @CookieParam(SsoCookie.NAME) String browserSecret) {
        try {
            SsoSignIns.Finished finished = signIns.finish(new SsoSignIns.Answer(code, state, error, browserSecret), callback());
            return toApp("/login/sso?returnTo=" + encode(finished.returnTo()))
                    .cookie(refreshCookie.of(finished.signIn().refreshToken().token(),
                            finished.signIn().refreshToken().lifetime(), request),
                            attemptCookie.cleared(request))
                    .build();
        } catch (SsoFailure failure) {
            return failed(failure);
        }
    }

    private Response failed(SsoFailure failure) {
        Level level = switch (failure.code()) {
            case INVALID_TOKEN, WRONG_AUDIENCE, STATE -> Level.WARNING;
            default -> Level.INFO;
        };
        LOG.log(level, () -> "Single sign-on failed (" + failure.code().value() + "): " + failure.getMessage());
        return toApp("/login?ssoError=" + failure.code().value()).cookie(attemptCookie.cleared(request)).build();
    }

    /**
     * A 303 to a web app path. The Location stays relative (RFC 9110 allows it): JAX-RS would resolve it
     * against the API's base, and an absolute one built from the request would trust its Host header.
     */
    private static Response.ResponseBuilder toApp(String path) {
        return Response.status(Response.Status.SEE_OTHER).header("Location", path);
    }

    private URI callback() {
        return URI.create(appUrl.of(uriInfo) + "/api/auth/sso/callback");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
