package dev.skillfast.platform.errors;

/** The request contradicts the current state (taken, already done, changed meanwhile). */
public final class ConflictException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String detail) {
        super(detail);
    }
}
