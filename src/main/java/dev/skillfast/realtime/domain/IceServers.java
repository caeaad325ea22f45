package dev.skillfast.realtime.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ICE servers browsers use for calls, from configuration. STUN needs no credentials. TURN uses
 * either a static username and password, or — with {@code skillfast.rtc.turn-secret} — time-limited
 * credentials as coturn's REST API (its {@code use-auth-secret} option) expects: the username is
 * "expiry-unix-time:user-id" and the password base64(HMAC-SHA1(secret, username)). Nothing is
 * configured by default: on one network, host candidates connect the browsers directly.
 */
@ApplicationScoped
public class IceServers {

    /** One entry of RTCConfiguration.iceServers. */
    public record IceServer(List<String> urls, String username, String credential) {
    }

    /** The list, and until when its credentials work (null without time-limited ones). */
    public record Config(List<IceServer> iceServers, Instant expiresAt) {
    }

    @Inject
    @ConfigProperty(name = "skillfast.rtc.stun-urls")
    Optional<String[]> stunUrls; // an array: see CorsFilter

    @Inject
    @ConfigProperty(name = "skillfast.rtc.turn-urls")
    Optional<String[]> turnUrls;

    @Inject
    @ConfigProperty(name = "skillfast.rtc.turn-username")
    Optional<String> turnUsername;

    @Inject
    @ConfigProperty(name = "skillfast.rtc.turn-password")
    Optional<String> turnPassword;

    @Inject
    @ConfigProperty(name = "skillfast.rtc.turn-secret")
    Optional<String> turnSecret;

    @Inject
    @ConfigProperty(name = "skillfast.rtc.turn-ttl")
    Duration turnTtl;

    @Inject
    Clock clock;

    public Config forUser(String userId) {
        List<IceServer> servers = new ArrayList<>();
        List<String> stun = clean(stunUrls);
        if (!stun.isEmpty()) {
            servers.add(new IceServer(stun, null, null));
        }
        List<String> turn = clean(turnUrls);
        Instant expiresAt = null;
        if (!turn.isEmpty()) {
            if (turnSecret.filter(s -> !s.isBlank()).isPresent()) {
                expiresAt = clock.instant().plus(turnTtl);
                String username = expiresAt.getEpochSecond() + ":" + userId;
                servers.add(new IceServer(turn, username, coturnPassword(turnSecret.get(), username)));
            } else {
                servers.add(new IceServer(turn, turnUsername.orElse(null), turnPassword.orElse(null)));
            }
        }
        return new Config(servers, expiresAt);
    }

    /** coturn's REST-API password for a username: base64(HMAC-SHA1(secret, username)). */
    static String coturnPassword(String secret, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is not available", e);
        }
    }

    private static List<String> clean(Optional<String[]> urls) {
        return urls.map(List::of).orElse(List.of()).stream().map(String::trim).filter(u -> !u.isEmpty()).toList();
    }
}
