package dev.skillfast.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LoginLockPolicyTest {

    private final LoginLockPolicy policy = LoginLockPolicy.DEFAULT;

    @Test
    void theFirstFailuresAreFree() {
        for (int failures = 0; failures < 5; failures++) {
            assertThat(policy.lockAfter(failures)).isEmpty();
        }
    }

    @Test
    void theLockDoublesFromThirtySecondsUpToFifteenMinutes() {
        assertThat(policy.lockAfter(5)).contains(Duration.ofSeconds(30));
        assertThat(policy.lockAfter(6)).contains(Duration.ofSeconds(60));
        assertThat(policy.lockAfter(7)).contains(Duration.ofSeconds(120));
        assertThat(policy.lockAfter(10)).contains(Duration.ofMinutes(15));
        assertThat(policy.lockAfter(1_000_000)).contains(Duration.ofMinutes(15));
    }
}
