package dev.skillfast.platform.metrics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import dev.skillfast.platform.errors.ForbiddenException;
import dev.skillfast.platform.errors.UnauthorizedException;

/**
 * {@code GET /api/metrics}: every meter in Prometheus' text format, for administrators (their access token) or a
 * scraper holding {@code skillfast.metrics.token} (HTTP Basic, any user name, the token as password: what
 * Prometheus' {@code basic_auth} sends; a bearer header would be taken for an access token).
 */
@Path("/metrics")
@RequestScoped
@Tag(name = "Health")
public class MetricsResource {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    @Inject
    PrometheusMeterRegistry registry;

    @Inject
    @ConfigProperty(name = "skillfast.metrics.token")
    Optional<String> token;

    @Context
    SecurityContext security;

    @GET
    @PermitAll
    @Produces(PROMETHEUS_TEXT)
    @Operation(summary = "Metrics for Prometheus", description = "HTTP latency by endpoint, WebSocket connections, chat "
            + "messages, sessions, billing sweeps, ledger recovery, the mail outbox and the JVM. Administrators, or "
            + "HTTP Basic with skillfast.metrics.token as the password.")
    public String scrape(@HeaderParam("Authorization") String authorization) {
        if (!security.isUserInRole("ADMIN") && !holdsToken(authorization)) {
            if (security.getUserPrincipal() != null) {
                throw new ForbiddenException("Metrics are for administrators and the configured scraper.");
            }
            throw new UnauthorizedException("Sign in as an administrator, or send the metrics token (HTTP Basic password).");
        }
        return registry.scrape();
    }

    private boolean holdsToken(String authorization) {
        if (token.isEmpty() || token.get().isBlank() || authorization == null
                || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        String password = decoded.substring(decoded.indexOf(':') + 1);
        return MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8), token.get().getBytes(StandardCharsets.UTF_8));
    }
}
