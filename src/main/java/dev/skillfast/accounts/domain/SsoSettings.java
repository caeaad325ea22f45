package dev.skillfast.accounts.domain;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Single sign-on with OpenID Connect (README "Single sign-on"). On when an issuer and a client id are set. */
@ApplicationScoped
public class SsoSettings {

    @Inject
    @ConfigProperty(name = "skillfast.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "skillfast.oidc.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "skillfast.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "skillfast.oidc.scopes")
    String scopes;

    @Inject
    @ConfigProperty(name = "skillfast.oidc.display-name")
    String displayName;

    @Inject
    @ConfigProperty(name = "skillfast.oidc.groups-claim")
    String groupsClaim;

    @Inject
    @ConfigProperty(name = "skillfast.oidc.admin-groups")
    Optional<String> adminGroups;

    @Inject
    @ConfigProperty(name = "skillfast.oidc.expert-groups")
    Optional<String> expertGroups;

    @Inject
    @ConfigProperty(name = "skillfast.oidc.attempt-validity")
    Duration attemptValidity;

    @Inject
    @ConfigProperty(name = "skillfast.oidc.timeout")
    Duration timeout;

    public boolean enabled() {
        return issuer.filter(s -> !s.isBlank()).isPresent() && clientId.filter(s -> !s.isBlank()).isPresent();
    }

    public String issuer() {
        return issuer.orElseThrow();
    }

    public String clientId() {
        return clientId.orElseThrow();
    }

    /** Empty for a public client (PKCE alone proves the code's owner). */
    public Optional<String> clientSecret() {
        return clientSecret.filter(s -> !s.isBlank());
    }

    public String scopes() {
        return scopes.contains("openid") ? scopes : "openid " + scopes;
    }

    public String displayName() {
        return displayName;
    }

    public SsoRoles roles() {
        return new SsoRoles(groupsClaim, list(adminGroups), list(expertGroups));
    }

    public Duration attemptValidity() {
        return attemptValidity;
    }

    public int timeoutMillis() {
        return (int) timeout.toMillis();
    }

    private static Set<String> list(Optional<String> value) {
        return value.map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }
}
