package dev.skillfast.payments.api;

import dev.skillfast.platform.errors.InvalidInputException;

/** The {@code Idempotency-Key} header, checked in code so that its errors name the header, not a Java parameter. */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";

    private IdempotencyKeys() {
    }

    static void require(String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidInputException(HEADER, "is required: a key of your choosing per payment attempt (a UUID), "
                    + "repeated when the request is retried");
        }
        if (key.length() > 100 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new InvalidInputException(HEADER, "must be at most 100 visible ASCII characters");
        }
    }
}
