package dev.skillfast.platform.errors;

/**
 * Something SkillFast depends on (a payment provider) cannot answer now; nothing was lost and the request
 * may be retried (503).
 */
public final class UnavailableException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnavailableException(String detail) {
        super(detail);
    }
}
