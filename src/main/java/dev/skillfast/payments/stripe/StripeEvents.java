package dev.skillfast.payments.stripe;

import java.time.Instant;
import java.util.Map;

import jakarta.json.JsonObject;

import com.stripe.model.Account;
import com.stripe.model.Charge;
import com.stripe.model.Refund;
import com.stripe.model.Transfer;
import com.stripe.model.checkout.Session;

import dev.skillfast.payments.domain.EventSubject;
import dev.skillfast.payments.domain.Provider;
import dev.skillfast.payments.domain.ProviderEvent;

/**
 * Stripe's webhook events in SkillFast's terms (the package notes list them). Whatever SkillFast does not
 * act on, or cannot tie to one of its objects, is {@link EventSubject.Unhandled}: recorded and acknowledged.
 */
final class StripeEvents {

    static final String ASYNC_FAILED = "The payment failed at Stripe (delayed payment method).";

    private StripeEvents() {
    }

    static ProviderEvent translate(String eventId, String type, Long created, EventData data, Instant receivedAt) {
        EventSubject subject = data == null ? null : subject(type, data);
        return new ProviderEvent(Provider.STRIPE, eventId, type,
                created == null ? receivedAt : Instant.ofEpochSecond(created),
                subject == null ? new EventSubject.Unhandled() : subject);
    }

    /** What the event means, or null for nothing SkillFast acts on. */
    static EventSubject subject(String type, EventData data) {
        return switch (type) {
            case "checkout.session.completed" -> completed(checkout(data));
            case "checkout.session.async_payment_succeeded" -> ours(checkout(data)) ? checkout(data).topupPaid() : null;
            case "checkout.session.async_payment_failed" -> ours(checkout(data))
                    ? checkout(data).topupFailed(ASYNC_FAILED) : null;
            case "checkout.session.expired" -> ours(checkout(data)) ? checkout(data).topupExpired() : null;
            case "refund.created", "refund.updated", "refund.failed" ->
                    data.read(Refund.class, RefundFacts::of, RefundFacts::of).subject();
            case "charge.refunded" -> latestRefund(data);
            case "account.updated" -> data.read(Account.class, StripeEvents::accountUpdated, StripeEvents::accountUpdated);
            case "transfer.reversed" -> data.read(Transfer.class, StripeEvents::reversed, StripeEvents::reversed);
            default -> null;
        };
    }

    private static CheckoutFacts checkout(EventData data) {
        return data.read(Session.class, CheckoutFacts::of, CheckoutFacts::of);
    }

    /** A session SkillFast opened names its top-up; others (another integration on the account) are not ours. */
    private static boolean ours(CheckoutFacts session) {
        return session.topupId() != null;
    }

    /** Completed and paid credits; completed but unpaid waits for the async_payment_* event that follows. */
    private static EventSubject completed(CheckoutFacts session) {
        return ours(session) && session.paid() ? session.topupPaid() : null;
    }

    /**
     * {@code charge.refunded} names the charge; its newest refund is the one the event is about (API versions
     * that no longer embed the refunds list leave it to the refund.* events and to reconciliation).
     */
    private static EventSubject latestRefund(EventData data) {
        RefundFacts newest = data.read(Charge.class, StripeEvents::newestRefund, StripeEvents::newestRefund);
        return newest == null ? null : newest.subject();
    }

    private static RefundFacts newestRefund(Charge charge) {
        return charge.getRefunds() == null || charge.getRefunds().getData() == null
                || charge.getRefunds().getData().isEmpty() ? null : RefundFacts.of(charge.getRefunds().getData().get(0));
    }

    private static RefundFacts newestRefund(JsonObject charge) {
        JsonObject newest = JsonFields.firstOfList(charge, "refunds");
        return newest == null ? null : RefundFacts.of(newest);
    }

    private static EventSubject accountUpdated(Account account) {
        return new EventSubject.PayoutAccountUpdated(account.getId(), Boolean.TRUE.equals(account.getPayoutsEnabled()),
                Boolean.TRUE.equals(account.getDetailsSubmitted()));
    }

    private static EventSubject accountUpdated(JsonObject account) {
        String id = JsonFields.text(account, "id");
        return id == null ? null : new EventSubject.PayoutAccountUpdated(id, JsonFields.isTrue(account, "payouts_enabled"),
                JsonFields.isTrue(account, "details_submitted"));
    }

    /**
     * A transfer fully reversed fails its payout (the money went back to the platform). A partial reversal
     * (reversed still false) is left to an administrator: it is recorded, not applied.
     */
    private static EventSubject reversed(Transfer transfer) {
        Map<String, String> metadata = transfer.getMetadata() == null ? Map.of() : transfer.getMetadata();
        return reversed(metadata.get("payout_id"), Boolean.TRUE.equals(transfer.getReversed()));
    }

    private static EventSubject reversed(JsonObject transfer) {
        return reversed(JsonFields.metadata(transfer, "payout_id"), JsonFields.isTrue(transfer, "reversed"));
    }

    private static EventSubject reversed(String payoutId, boolean fully) {
        return payoutId != null && fully ? new EventSubject.PayoutFailed(payoutId, StripePayouts.REVERSED) : null;
    }
}
