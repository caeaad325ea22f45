package dev.skillfast.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CORS for the API. Same-origin only by default; origins listed in {@code skillfast.cors.allowed-origins}
 * may call it from a browser, with credentials (the refresh cookie). Preflights from allowed origins
 * are answered here; others get no CORS headers, so browsers block them.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, Accept-Language";

    /** An array, not a List: some MicroProfile Config implementations cannot inject Optional of a generic type. */
    @Inject
    @ConfigProperty(name = "skillfast.cors.allowed-origins")
    Optional<String[]> configuredOrigins;

    @Inject
    @ConfigProperty(name = "skillfast.cors.max-age-seconds")
    long maxAgeSeconds;

    private Set<String> allowedOrigins;

    @PostConstruct
    void init() {
        allowedOrigins = configuredOrigins.map(List::of).orElse(List.of()).stream().map(String::trim)
                .map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o)
                .filter(o -> !o.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    private boolean allowed(String origin) {
        return origin != null && allowedOrigins.contains(origin);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        boolean preflight = "OPTIONS".equals(request.getMethod())
                && request.getHeaderString("Access-Control-Request-Method") != null && origin != null;
        if (!preflight) {
            return;
        }
        if (!allowed(origin)) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).build());
            return;
        }
        request.abortWith(Response.noContent()
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Allow-Methods", ALLOWED_METHODS)
                .header("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                .header("Access-Control-Max-Age", String.valueOf(maxAgeSeconds))
                .header("Vary", "Origin")
                .build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (allowed(origin) && !response.getHeaders().containsKey("Access-Control-Allow-Origin")) {
            response.getHeaders().putSingle("Access-Control-Allow-Origin", origin);
            response.getHeaders().putSingle("Access-Control-Allow-Credentials", "true");
            response.getHeaders().putSingle("Access-Control-Expose-Headers", "Retry-After, Location");
            response.getHeaders().add("Vary", "Origin");
        }
    }
}
