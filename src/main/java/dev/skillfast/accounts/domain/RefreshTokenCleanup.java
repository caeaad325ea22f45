package dev.skillfast.accounts.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import dev.skillfast.accounts.store.PasswordResetStore;
import dev.skillfast.accounts.store.RefreshTokenStore;
import dev.skillfast.accounts.store.SsoAttemptStore;
import dev.skillfast.platform.timers.TimerRuns;

/**
 * Hourly removal of refresh tokens, families, password reset links and single sign-on attempts that can
 * no longer be used (no TTL index, see notes).
 */
@Singleton
public class RefreshTokenCleanup {

    private static final Logger LOG = Logger.getLogger(RefreshTokenCleanup.class.getName());

    @Inject
    RefreshTokenStore store;

    @Inject
    PasswordResetStore resets;

    @Inject
    SsoAttemptStore ssoAttempts;

    @Inject
    Clock clock;

    @Inject
    TimerRuns runs;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void cleanUp() {
        runs.runLeased("refresh-token-cleanup", Duration.ofHours(1), () -> {
            Instant now = clock.instant();
            long removed = store.deleteExpired(now, now.minus(Duration.ofDays(1)))
                    + resets.deleteExpired(now.minus(Duration.ofDays(1))) + ssoAttempts.deleteExpired(now);
            if (removed > 0) {
                LOG.fine(() -> "Removed " + removed + " expired refresh tokens and families.");
            }
        });
    }
}
