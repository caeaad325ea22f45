package dev.skillfast.platform.security;

import java.lang.reflect.Method;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import dev.skillfast.platform.problem.ProblemType;
import dev.skillfast.platform.problem.Problems;

/**
 * A call without a valid access token to a method that needs a role is answered here with a
 * problem+json 401, before the runtime's role check would send its own empty challenge.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationRequiredFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext context) {
        if (context.getSecurityContext().getUserPrincipal() != null || !needsRole(resource)) {
            return;
        }
        context.abortWith(Response.fromResponse(Problems.response(ProblemType.UNAUTHORIZED,
                        "Sign in to do this: the access token is missing, invalid or expired.",
                        context.getUriInfo().getRequestUri().getRawPath()))
                .header("WWW-Authenticate", "Bearer realm=\"skillfast\"")
                .build());
    }

    /** Whether the matched resource method requires a role (as opposed to @PermitAll or no rule). */
    public static boolean needsRole(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return false;
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return false;
        }
        return method.isAnnotationPresent(RolesAllowed.class)
                || resource.getResourceClass().isAnnotationPresent(RolesAllowed.class);
    }
}
