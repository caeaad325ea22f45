package dev.skillfast.platform.web;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The web app's absolute address, for the links a payment provider sends clients back to, single sign-on's
 * callback and the reset links an administrator hands over: {@code skillfast.public-url}
 * when set (behind a proxy that rewrites the host), else the address the request came to (the API's base,
 * {@code …/api/}, one level up, so a context root other than "/" is kept).
 */
@ApplicationScoped
public class AppUrl {

    @Inject
    @ConfigProperty(name = "skillfast.public-url")
    Optional<String> configured;

    public String of(UriInfo request) {
        String base = configured.filter(s -> !s.isBlank())
                .orElseGet(() -> request.getBaseUri().resolve("..").toString());
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
