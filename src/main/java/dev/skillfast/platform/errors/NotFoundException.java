package dev.skillfast.platform.errors;

/** The thing asked for does not exist, or the caller may not know that it does. */
public final class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String detail) {
        super(detail);
    }
}
