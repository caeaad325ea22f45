package dev.skillfast.platform.problem;

import jakarta.ws.rs.core.Response.Status;

/** The kinds of problem the API reports, each with its HTTP status and title. */
public enum ProblemType {
    MALFORMED_REQUEST("malformed-request", Status.BAD_REQUEST, "Malformed request"),
    VALIDATION("validation", Status.BAD_REQUEST, "Invalid request"),
    UNAUTHORIZED("unauthorized", Status.UNAUTHORIZED, "Authentication required"),
    PAYMENT_REQUIRED("payment-required", Status.PAYMENT_REQUIRED, "Payment required"),
    FORBIDDEN("forbidden", Status.FORBIDDEN, "Forbidden"),
    NOT_FOUND("not-found", Status.NOT_FOUND, "Not found"),
    CONFLICT("conflict", Status.CONFLICT, "Conflict"),
    PAYLOAD_TOO_LARGE("payload-too-large", Status.REQUEST_ENTITY_TOO_LARGE, "Request too large"),
    TOO_MANY_REQUESTS("too-many-requests", Status.TOO_MANY_REQUESTS, "Too many requests"),
    UNAVAILABLE("unavailable", Status.SERVICE_UNAVAILABLE, "Service unavailable"),
    INTERNAL("internal", Status.INTERNAL_SERVER_ERROR, "Internal error");

    private final String uri;
    private final Status status;
    private final String title;

    ProblemType(String slug, Status status, String title) {
        this.uri = Problem.TYPE_PREFIX + slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return uri;
    }

    public Status status() {
        return status;
    }

    public String title() {
        return title;
    }
}
