package dev.skillfast.platform.problem;

import java.util.List;

/**
 * Thrown by feature code for an error the client should see as a problem detail; mapped by
 * {@link ProblemExceptionMapper}. The detail must be safe to show to the caller.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final transient List<Problem.FieldError> fieldErrors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> fieldErrors) {
        super(detail);
        this.type = type;
        this.fieldErrors = List.copyOf(fieldErrors);
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
}
