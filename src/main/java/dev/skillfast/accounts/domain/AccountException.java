package dev.skillfast.accounts.domain;

import java.time.Duration;

/** Why an account operation was refused; the api layer turns each into its problem. */
public final class AccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        INVALID_CREDENTIALS, SUSPENDED, LOCKED, EMAIL_TAKEN, INVALID_REFRESH_TOKEN, WRONG_CURRENT_PASSWORD,
        USER_NOT_FOUND, SELF_CHANGE_FORBIDDEN
    }

    private final Reason reason;
    private final Duration retryAfter;

    public AccountException(Reason reason, String message) {
        this(reason, message, null);
    }

    public AccountException(Reason reason, String message, Duration retryAfter) {
        super(message);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
