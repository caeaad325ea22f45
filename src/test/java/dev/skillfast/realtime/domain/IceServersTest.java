package dev.skillfast.realtime.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.skillfast.testing.MutableClock;

/** ICE servers from configuration, and coturn's time-limited credentials. */
class IceServersTest {

    private static IceServers configured(List<String> stun, List<String> turn, String user, String password, String secret) {
        IceServers servers = new IceServers();
        servers.stunUrls = Optional.ofNullable(stun).map(l -> l.toArray(String[]::new));
        servers.turnUrls = Optional.ofNullable(turn).map(l -> l.toArray(String[]::new));
        servers.turnUsername = Optional.ofNullable(user);
        servers.turnPassword = Optional.ofNullable(password);
        servers.turnSecret = Optional.ofNullable(secret);
        servers.turnTtl = Duration.ofHours(12);
        servers.clock = new MutableClock();
        return servers;
    }

    @Test
    void nothingConfiguredMeansNoServers() {
        assertThat(configured(null, null, null, null, null).forUser("u").iceServers()).isEmpty();
    }

    @Test
    void stunAndStaticTurn() {
        IceServers.Config config = configured(List.of("stun:stun.example.com:3478"), List.of("turn:turn.example.com:3478"),
                "desk", "s3cret", null).forUser("u");
        assertThat(config.iceServers()).containsExactly(
                new IceServers.IceServer(List.of("stun:stun.example.com:3478"), null, null),
                new IceServers.IceServer(List.of("turn:turn.example.com:3478"), "desk", "s3cret"));
        assertThat(config.expiresAt()).isNull();
    }

    @Test
    void sharedSecretGivesCoturnRestCredentials() {
        IceServers servers = configured(null, List.of("turns:turn.example.com:5349"), null, null, "north");
        IceServers.Config config = servers.forUser("user-1");
        IceServers.IceServer turn = config.iceServers().get(0);
        long expiry = servers.clock.instant().plus(Duration.ofHours(12)).getEpochSecond();
        assertThat(turn.username()).isEqualTo(expiry + ":user-1");
        assertThat(turn.credential()).isEqualTo(IceServers.coturnPassword("north", expiry + ":user-1"));
        assertThat(config.expiresAt().getEpochSecond()).isEqualTo(expiry);
    }

    @Test
    void coturnPasswordIsBase64HmacSha1() {
        // RFC 2202 test case 2: HMAC-SHA1("Jefe", "what do ya want for nothing?") = effcdf6ae5eb2fa2d27416d5f184df9c259a7c79
        assertThat(IceServers.coturnPassword("Jefe", "what do ya want for nothing?")).isEqualTo("7/zfauXrL6LSdBbV8YTfnCWafHk=");
    }
}
