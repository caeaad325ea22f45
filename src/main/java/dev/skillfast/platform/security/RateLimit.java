package dev.skillfast.platform.security;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import io.github.bucket4j.Bandwidth;

/**
 * "capacity per period", written as {@code 10/PT5M} in configuration: at most 10 in any 5 minutes,
 * refilled gradually.
 */
public record RateLimit(String name, long capacity, Duration period) {

    public RateLimit {
        if (capacity < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("Rate limit " + name + " needs a positive capacity and period");
        }
    }

    /** The limit as bucket4j's bandwidth, the same wherever a bucket lives: refilled gradually. */
    public Bandwidth bandwidth() {
        return Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build();
    }

    public static RateLimit parse(String name, String value) {
        String[] parts = value.trim().split("/");
        try {
            if (parts.length != 2) {
                throw new IllegalArgumentException("expected <count>/<ISO-8601 duration>");
            }
            return new RateLimit(name, Long.parseLong(parts[0].trim()), Duration.parse(parts[1].trim()));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Rate limit " + name + " = '" + value
                    + "' is not of the form 10/PT5M (count / ISO-8601 duration)", e);
        }
    }
}
