package dev.skillfast.payments.domain;

/** A provider could not be reached or answered an error; the caller retries later (reconciliation) or answers 502. */
public class ProviderUnavailableException extends RuntimeException {

    public ProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public ProviderUnavailableException(String message) {
        super(message);
    }
}
