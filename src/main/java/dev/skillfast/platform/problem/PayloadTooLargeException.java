package dev.skillfast.platform.problem;

import java.io.IOException;

/**
 * A request body grew past the limit while it was being read. An IOException, because it is thrown
 * from inside the body's stream; JSON-B may wrap it, so the mappers look for it among the causes.
 */
public class PayloadTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.");
    }

    /** The limit failure among the causes of {@code e}, if any. */
    static PayloadTooLargeException among(Throwable e) {
        return Causes.find(e, PayloadTooLargeException.class).orElse(null);
    }
}
