package dev.skillfast.payments.stripe;

import java.util.Locale;
import java.util.Map;

import jakarta.json.JsonObject;
import com.stripe.model.Refund;

import dev.skillfast.payments.domain.EventSubject;
import dev.skillfast.payments.domain.RefundStatus;

/**
 * What SkillFast reads of a Stripe Refund (typed or raw JSON). Ours carry the metadata {@code refund_id}
 * and {@code topup_id}; one made in Stripe's dashboard has neither and is named by its payment intent.
 */
record RefundFacts(String refundRef, long amount, String currency, String status, String paymentIntent,
                   String refundId, String topupId, String failureReason) {

    static RefundFacts of(Refund refund) {
        Map<String, String> metadata = refund.getMetadata() == null ? Map.of() : refund.getMetadata();
        return new RefundFacts(refund.getId(), refund.getAmount() == null ? 0 : refund.getAmount(),
                refund.getCurrency(), refund.getStatus(), refund.getPaymentIntent(), metadata.get("refund_id"),
                metadata.get("topup_id"), refund.getFailureReason());
    }

    static RefundFacts of(JsonObject refund) {
        Long amount = JsonFields.whole(refund, "amount");
        return new RefundFacts(JsonFields.text(refund, "id"), amount == null ? 0 : amount,
                JsonFields.text(refund, "currency"), JsonFields.text(refund, "status"),
                JsonFields.id(refund, "payment_intent"), JsonFields.metadata(refund, "refund_id"),
                JsonFields.metadata(refund, "topup_id"), JsonFields.text(refund, "failure_reason"));
    }

    /** The same facts, naming our refund and top-up where Stripe's metadata did not. */
    RefundFacts namedBy(String ourRefundId, String ourTopupId) {
        return new RefundFacts(refundRef, amount, currency, status, paymentIntent,
                refundId != null ? refundId : ourRefundId, topupId != null ? topupId : ourTopupId, failureReason);
    }

    /** Stripe's refund statuses in SkillFast's terms. */
    RefundStatus refundStatus() {
        if (status == null) {
            return RefundStatus.PENDING;
        }
        return switch (status) {
            case "succeeded" -> RefundStatus.SUCCEEDED;
            case "failed", "canceled" -> RefundStatus.FAILED;
            default -> RefundStatus.PENDING; // pending, requires_action
        };
    }

    /** Why it failed, in words for an administrator. */
    String failureText() {
        String why = failureReason == null ? status : failureReason.replace('_', ' ');
        return "Stripe did not refund (" + why + ").";
    }

    /** What the refund means now: money given back, a failure, or nothing yet (null) while pending. */
    EventSubject subject() {
        return switch (refundStatus()) {
            case SUCCEEDED -> new EventSubject.TopupRefunded(topupId, paymentIntent, refundId, refundRef, amount,
                    currency == null ? null : currency.toUpperCase(Locale.ROOT));
            case FAILED -> new EventSubject.RefundFailed(refundId, refundRef, failureText());
            default -> null;
        };
    }
}
