package dev.skillfast.platform.errors;

/**
 * Why the domain refused a request, in words safe to show the caller. Feature code throws one of the
 * subclasses; {@code platform.problem.DomainExceptionMapper} turns each into its RFC 9457 problem, so
 * nothing here knows HTTP.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFoundException, ConflictException, ForbiddenException, UnauthorizedException,
        PaymentRequiredException, InvalidInputException, TooManyRequestsException, TooLargeException,
        UnavailableException {

    private static final long serialVersionUID = 1L;

    protected DomainException(String detail) {
        super(detail);
    }

    /** What the caller is told: the message, which must never carry internals. */
    public String detail() {
        return getMessage();
    }
}
