package dev.skillfast.platform.problem;

import java.util.List;

/**
 * Thrown by feature code for an error the client should see as a problem detail; mapped by
 * {@link ProblemExceptionMapper}. The detail must be safe to show to the caller.
 *
 * @deprecated use the domain exceptions of {@code dev.skillfast.platform.errors}, which keep domain code
 *             free of HTTP types; this class stays only until sessions and billing are converted, then it
 *             goes with its mapper.
 */
@Deprecated
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final transient List<Problem.FieldError> fieldErrors;
    private final java.time.Duration retryAfter;
    private final Problem.Amount missing;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> fieldErrors) {
        this(type, detail, fieldErrors, null);
    }

    private ProblemException(ProblemType type, String detail, List<Problem.FieldError> fieldErrors,
                             java.time.Duration retryAfter) {
        this(type, detail, fieldErrors, retryAfter, null);
    }

    private ProblemException(ProblemType type, String detail, List<Problem.FieldError> fieldErrors,
                             java.time.Duration retryAfter, Problem.Amount missing) {
        super(detail);
        this.missing = missing;
        this.type = type;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.retryAfter = retryAfter;
    }

    /** 429, telling the client when to try again (the Retry-After header). */
    public static ProblemException tooManyRequests(String detail, java.time.Duration retryAfter) {
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS, detail, List.of(), retryAfter);
    }

    /** 402: the caller's balance lacks {@code missing} for what they asked. */
    public static ProblemException paymentRequired(String detail, Problem.Amount missing) {
        return new ProblemException(ProblemType.PAYMENT_REQUIRED, detail, List.of(), null, missing);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** For 402: how much money is missing; null otherwise. */
    public Problem.Amount missing() {
        return missing;
    }

    /** When to try again, for 429 and 503; null otherwise. */
    public java.time.Duration retryAfter() {
        return retryAfter;
    }
}
