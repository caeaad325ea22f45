package dev.skillfast.accounts.api;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.skillfast.accounts.domain.AccessTokenIssuer;
import dev.skillfast.accounts.domain.UserStatusCache;
import dev.skillfast.platform.problem.Problems;
import dev.skillfast.platform.problem.ProblemType;
import dev.skillfast.platform.security.AuthenticationRequiredFilter;

/**
 * A valid signature is not enough: the account behind a token must still exist, not be suspended,
 * hold the role the token claims, and not have changed its password since the token was issued.
 * (Checked against a short cache, so a suspension bites within {@code skillfast.auth.status-cache-seconds}.)
 * An account that must replace a one-time password may only do that (and call public endpoints).
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 50)
public class AccessTokenStatusFilter implements ContainerRequestFilter {

    /** What an account with a one-time password may still call. */
    private static final Set<String> ALLOWED_BEFORE_PASSWORD_CHANGE = Set.of("me", "me/password");

    @Inject
    UserStatusCache statuses;

    @Context
    ResourceInfo resource;

    private static long tokenVersion(JsonWebToken jwt) {
        Object claim = jwt.getClaim(AccessTokenIssuer.TOKEN_VERSION_CLAIM);
        if (claim instanceof jakarta.json.JsonNumber number) {
            return number.longValue();
        }
        return claim instanceof Number number ? number.longValue() : -1;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        if (!(context.getSecurityContext().getUserPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        Optional<UserStatusCache.Status> status = Optional.ofNullable(jwt.getSubject()).flatMap(statuses::status);
        String instance = context.getUriInfo().getRequestUri().getRawPath();
        if (status.isEmpty() || status.get().suspended()) {
            context.abortWith(Problems.response(ProblemType.UNAUTHORIZED,
                    "This account is suspended or no longer exists.", instance));
            return;
        }
        boolean roleChanged = jwt.getGroups() == null || !jwt.getGroups().contains(status.get().role().name());
        boolean issuedBeforePasswordChange = tokenVersion(jwt) != status.get().tokenVersion();
        if (roleChanged || issuedBeforePasswordChange) {
            context.abortWith(Problems.response(ProblemType.UNAUTHORIZED,
                    "Your session is out of date; refresh it or sign in again.", instance));
            return;
        }
        String path = context.getUriInfo().getPath().replaceAll("^/+|/+$", "");
        if (status.get().mustChangePassword() && AuthenticationRequiredFilter.needsRole(resource)
                && !ALLOWED_BEFORE_PASSWORD_CHANGE.contains(path)) {
            context.abortWith(Problems.response(ProblemType.FORBIDDEN,
                    "Change your one-time password before doing anything else.", instance));
        }
    }
}
