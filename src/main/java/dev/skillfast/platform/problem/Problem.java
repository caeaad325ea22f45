package dev.skillfast.platform.problem;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 * Null members are left out of the JSON.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details, the body of every error response.")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errorId", "errors", "missing"})
public record Problem(
        @Schema(description = "Identifies the kind of problem", example = "urn:skillfast:problem:validation")
        String type,
        @Schema(description = "Short summary of the kind of problem", example = "Invalid request")
        String title,
        @Schema(description = "HTTP status code", example = "400")
        int status,
        @Schema(description = "What went wrong this time, in words a user can act on",
                example = "message: must not be blank")
        String detail,
        @Schema(description = "The request path", example = "/api/client-errors")
        String instance,
        @Schema(description = "For unexpected failures: the id under which the server logged the details",
                example = "3f1c2a9e-5b7d-4c1e-9a2f-0d8e6b4c7a11")
        String errorId,
        @Schema(description = "For validation problems: one entry per invalid field")
        List<FieldError> errors,
        @Schema(description = "For payment-required problems: how much money is missing")
        Amount missing) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:skillfast:problem:";

    public Problem(String type, String title, int status, String detail, String instance, String errorId,
                   List<FieldError> errors) {
        this(type, title, status, detail, instance, errorId, errors, null);
    }

    /** An amount of money in integer minor units (cents) of a currency. */
    @Schema(name = "Amount")
    public record Amount(@Schema(example = "450") long amount, @Schema(example = "EUR") String currency) {
    }

    /** One invalid input field. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Path of the field in the request", example = "message") String field,
            @Schema(description = "What is wrong with it", example = "must not be blank") String message) {
    }
}
