package dev.skillfast.platform.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses; the one place that knows the response shape. */
public final class Problems {

    private Problems() {
    }

    /** Whole seconds, rounded up and at least one, as the Retry-After header wants them. */
    public static long retryAfterSeconds(java.time.Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    public static Response response(ProblemType type, String detail, String instance) {
        return response(type.status().getStatusCode(), type.uri(), type.title(), detail, instance, null, null);
    }

    public static Response response(ProblemType type, String detail, String instance,
                                    List<Problem.FieldError> errors) {
        return response(type.status().getStatusCode(), type.uri(), type.title(), detail, instance, null,
                errors == null || errors.isEmpty() ? null : errors);
    }

    /** 400 {@code validation} for one field: the detail and the one field error say the same. */
    public static Response invalidField(String field, String message, String instance) {
        return response(ProblemType.VALIDATION, field + ": " + message, instance,
                List.of(new Problem.FieldError(field, message)));
    }

    public static Response response(int status, String type, String title, String detail, String instance,
                                    String errorId, List<Problem.FieldError> errors) {
        return response(new Problem(type, title, status, detail, instance, errorId, errors));
    }

    public static Response response(Problem problem) {
        int status = problem.status();
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(problem)
                .build();
    }
}
