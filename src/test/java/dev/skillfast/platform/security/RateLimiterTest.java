package dev.skillfast.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.skillfast.platform.errors.TooManyRequestsException;

class RateLimiterTest {

    private final RateLimiter limiter = new RateLimiter();

    @Test
    void allowsTheCapacityThenSaysHowLongToWait() {
        RateLimit limit = RateLimit.parse("login-per-address", "3/PT1H");
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire(limit, "10.0.0.1")).isEmpty();
        }
        assertThat(limiter.tryAcquire(limit, "10.0.0.1")).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofHours(1)));
    }

    @Test
    void keysAndLimitsAreSeparate() {
        RateLimit login = RateLimit.parse("login", "1/PT1H");
        RateLimit register = RateLimit.parse("register", "1/PT1H");
        assertThat(limiter.tryAcquire(login, "a")).isEmpty();
        assertThat(limiter.tryAcquire(login, "b")).isEmpty();
        assertThat(limiter.tryAcquire(register, "a")).isEmpty();
        assertThat(limiter.tryAcquire(login, "a")).isPresent();
    }

    @Test
    void enforceThrowsA429WithRetryAfter() {
        RateLimit limit = RateLimit.parse("x", "1/PT10M");
        limiter.enforce(limit, "k", "slow down");
        assertThatThrownBy(() -> limiter.enforce(limit, "k", "slow down"))
                .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                    assertThat(e.detail()).isEqualTo("slow down");
                    assertThat(e.retryAfter()).isPositive();
                });
    }

    @Test
    void badSettingsAreClearErrors() {
        assertThatThrownBy(() -> RateLimit.parse("login", "ten per minute"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10/PT5M");
        assertThatThrownBy(() -> RateLimit.parse("login", "0/PT1M")).isInstanceOf(IllegalArgumentException.class);
    }
}
