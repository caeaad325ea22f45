package dev.skillfast.accounts.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Issues RS256 access tokens in the shape MicroProfile JWT verifies. */
@ApplicationScoped
public class AccessTokenIssuer {

    @Inject
    JwtKeys keys;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "skillfast.jwt.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "skillfast.jwt.audience")
    String audience;

    @Inject
    @ConfigProperty(name = "skillfast.jwt.access-token-minutes")
    long accessTokenMinutes;

    /** The account's token version when the token was issued (see {@link User#tokenVersion()}). */
    public static final String TOKEN_VERSION_CLAIM = "tv";

    public record IssuedToken(String token, long expiresInSeconds) {
    }

    public IssuedToken issue(User user) {
        Instant now = clock.instant();
        Duration lifetime = Duration.ofMinutes(accessTokenMinutes);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(user.id())
                .claim("upn", user.email())
                .claim("groups", List.of(user.role().name()))
                .claim(TOKEN_VERSION_CLAIM, user.tokenVersion())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(keys.signingKey().getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(keys.signingKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign the access token", e);
        }
        return new IssuedToken(jwt.serialize(), lifetime.toSeconds());
    }
}
