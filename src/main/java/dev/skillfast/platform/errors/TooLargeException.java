package dev.skillfast.platform.errors;

/** What the caller sent is larger than allowed (a request body, an image). */
public final class TooLargeException extends DomainException {

    private static final long serialVersionUID = 1L;

    public TooLargeException(String detail) {
        super(detail);
    }
}
