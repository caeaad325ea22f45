package dev.skillfast.accounts.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * How long an account stays locked after consecutive failed logins: free tries first, then a lock
 * that doubles with each further failure, up to a ceiling. Waiting always lifts it, so a legitimate
 * user locked out by someone else's guessing recovers without help.
 */
public record LoginLockPolicy(int freeAttempts, Duration firstLock, Duration maxLock) {

    public static final LoginLockPolicy DEFAULT = new LoginLockPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(15));

    /** The lock after this many consecutive failures, if any. */
    public Optional<Duration> lockAfter(int failures) {
        if (failures < freeAttempts) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - freeAttempts, 20);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return Optional.of(lock.compareTo(maxLock) > 0 ? maxLock : lock);
    }
}
