package dev.skillfast.payments.stripe;

import java.util.Locale;
import java.util.Map;

import jakarta.json.JsonObject;
import com.stripe.model.checkout.Session;

import dev.skillfast.payments.domain.EventSubject;

/**
 * What SkillFast reads of a Checkout Session, from stripe-java's object or from the raw JSON of an event
 * whose API version the library does not model. The top-up is named by {@code client_reference_id}, else
 * by the {@code topup_id} metadata (both set when the session was opened).
 */
record CheckoutFacts(String sessionId, String topupId, String status, String paymentStatus, Long amountTotal,
                     String currency, String paymentIntent) {

    static CheckoutFacts of(Session session) {
        return new CheckoutFacts(session.getId(), topupId(session.getClientReferenceId(), session.getMetadata()),
                session.getStatus(), session.getPaymentStatus(), session.getAmountTotal(), session.getCurrency(),
                session.getPaymentIntent());
    }

    static CheckoutFacts of(JsonObject session) {
        String reference = JsonFields.text(session, "client_reference_id");
        return new CheckoutFacts(JsonFields.text(session, "id"),
                reference != null ? reference : JsonFields.metadata(session, "topup_id"),
                JsonFields.text(session, "status"), JsonFields.text(session, "payment_status"),
                JsonFields.whole(session, "amount_total"), JsonFields.text(session, "currency"),
                JsonFields.id(session, "payment_intent"));
    }

    private static String topupId(String clientReferenceId, Map<String, String> metadata) {
        return clientReferenceId != null ? clientReferenceId : metadata == null ? null : metadata.get("topup_id");
    }

    boolean open() {
        return "open".equals(status);
    }

    boolean expired() {
        return "expired".equals(status);
    }

    /** Completed and paid: the money is there. */
    boolean paid() {
        return "complete".equals(status) && "paid".equals(paymentStatus);
    }

    /**
     * The client paid what Stripe says (amount and currency from Stripe's object, never from a client). A
     * session without {@code amount_total} cannot match any top-up: -1 gets it flagged, never credited.
     */
    EventSubject.TopupPaid topupPaid() {
        return new EventSubject.TopupPaid(topupId, amountTotal == null ? -1 : amountTotal,
                currency == null ? null : currency.toUpperCase(Locale.ROOT), paymentIntent);
    }

    EventSubject.TopupFailed topupFailed(String reason) {
        return new EventSubject.TopupFailed(topupId, paymentIntent, reason);
    }

    EventSubject.TopupExpired topupExpired() {
        return new EventSubject.TopupExpired(topupId);
    }
}
