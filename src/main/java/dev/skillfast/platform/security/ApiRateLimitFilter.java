package dev.skillfast.platform.security;

import java.security.Principal;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * The general API budget: per signed-in user, or per client address for anonymous calls; payment providers'
 * webhooks ({@code /api/payments/<provider>/webhook}, anonymous and signed) have a budget of their own.
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 100)
public class ApiRateLimitFilter implements ContainerRequestFilter {

    private static final java.util.regex.Pattern WEBHOOK = java.util.regex.Pattern.compile("/?payments/[a-z]+/webhook");

    @Inject
    RateLimiter limiter;

    @Inject
    RateLimits limits;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        Principal user = context.getSecurityContext().getUserPrincipal();
        if (user == null && WEBHOOK.matcher(context.getUriInfo().getPath()).matches()) {
            limiter.enforce(limits.webhooksPerAddress(), ClientAddress.of(request),
                    "Too many webhook deliveries from your address; try again shortly.");
        } else if (user != null) {
            limiter.enforce(limits.apiPerUser(), user.getName(), "Too many requests; slow down and try again shortly.");
        } else {
            limiter.enforce(limits.apiPerAddress(), ClientAddress.of(request),
                    "Too many requests from your address; try again shortly.");
        }
    }
}
