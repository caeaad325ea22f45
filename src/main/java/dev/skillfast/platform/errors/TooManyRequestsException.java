package dev.skillfast.platform.errors;

import java.time.Duration;

/** A limit was reached (rate limit, locked account); the caller may try again after {@code retryAfter}. */
public final class TooManyRequestsException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyRequestsException(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
