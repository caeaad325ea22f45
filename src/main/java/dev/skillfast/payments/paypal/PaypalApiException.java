package dev.skillfast.payments.paypal;

import java.util.List;
import java.util.Optional;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbProperty;

import dev.skillfast.payments.paypal.OrderShapes.Link;

/**
 * PayPal answered an error status. Carries PayPal's error body ({@code name}, {@code message},
 * {@code details[].issue}, {@code debug_id}, links) so callers can tell an order already captured from a
 * declined instrument; never shown to users as it is.
 */
public final class PaypalApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient ErrorBody body;

    PaypalApiException(int status, ErrorBody body) {
        super("PayPal answered " + status + describe(body));
        this.status = status;
        this.body = body;
    }

    /** The exception for an error answer: its status and raw body (read leniently; any text is kept). */
    static PaypalApiException of(int status, String rawBody) {
        ErrorBody body;
        try {
            body = rawBody == null || rawBody.isBlank() ? null : PaypalJson.JSONB.fromJson(rawBody, ErrorBody.class);
        } catch (JsonbException | ClassCastException notJson) {
            body = new ErrorBody(null, rawBody.length() > 200 ? rawBody.substring(0, 200) : rawBody, null, null, null);
        }
        return new PaypalApiException(status, body);
    }

    public int status() {
        return status;
    }

    /** Whether PayPal named this issue ({@code ORDER_ALREADY_CAPTURED}, {@code INSTRUMENT_DECLINED} …). */
    boolean hasIssue(String issue) {
        return body != null && (issue.equals(body.name()) || body.details() != null
                && body.details().stream().anyMatch(detail -> issue.equals(detail.issue())));
    }

    /** The href of a link PayPal sent with the error (a duplicate payout links the original batch). */
    Optional<String> linkContaining(String part) {
        return body == null || body.links() == null ? Optional.empty()
                : body.links().stream().map(Link::href).filter(href -> href != null && href.contains(part)).findFirst();
    }

    /** PayPal's words for the failure: the first detail's description, else the message, else the status. */
    String reason() {
        if (body != null && body.details() != null) {
            for (ErrorDetail detail : body.details()) {
                if (detail.description() != null) {
                    return detail.issue() == null ? detail.description() : detail.issue() + ": " + detail.description();
                }
            }
        }
        if (body != null && body.message() != null) {
            return body.message();
        }
        return "PayPal answered HTTP " + status;
    }

    private static String describe(ErrorBody body) {
        if (body == null) {
            return "";
        }
        String issues = body.details() == null ? "" : " " + body.details().stream().map(ErrorDetail::issue).toList();
        return ": " + body.name() + " " + body.message() + issues + (body.debugId() == null ? "" : " (debug id "
                + body.debugId() + ")");
    }

    public record ErrorBody(String name, String message, @JsonbProperty("debug_id") String debugId,
                     List<ErrorDetail> details, List<Link> links) {
    }

    public record ErrorDetail(String issue, String description, String field) {
    }
}
