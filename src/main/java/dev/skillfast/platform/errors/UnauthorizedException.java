package dev.skillfast.platform.errors;

/** The caller did not prove who they are (wrong credentials, an ended sign-in). */
public final class UnauthorizedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnauthorizedException(String detail) {
        super(detail);
    }
}
