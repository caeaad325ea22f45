package dev.skillfast.platform.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a mail whose send failed is tried again: after {@code first}, then twice as long each time, never
 * more than {@code max} apart; after {@code maxAttempts} attempts it is given up. A stored schedule, not
 * a retry loop: the outbox keeps the next attempt's time, so waits survive restarts.
 */
public record RetrySchedule(Duration first, Duration max, int maxAttempts) {

    /** The next attempt after {@code attemptsMade} failed ones, or empty when the mail is given up. */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = first;
        for (int i = 1; i < attemptsMade && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return Optional.of(now.plus(wait.compareTo(max) > 0 ? max : wait));
    }
}
