package dev.skillfast.payments.paypal;

import java.util.Set;

import dev.skillfast.payments.domain.EventSubject;
import dev.skillfast.payments.paypal.WebhookShapes.Resource;
import dev.skillfast.platform.errors.InvalidInputException;

/**
 * What a verified PayPal webhook event means for SkillFast (see the package notes for the table). A
 * capture names its top-up by {@code custom_id}; a refund names it by {@code invoice_id} (copied from the
 * capture), its capture by its {@code up} link and, when SkillFast asked for it, our refund by
 * {@code custom_id}; a payout item names our payout by {@code sender_item_id}.
 */
final class WebhookEvents {

    private static final Set<String> CAPTURE_FAILED = Set.of("PAYMENT.CAPTURE.DENIED", "PAYMENT.CAPTURE.DECLINED");
    private static final Set<String> REFUNDED = Set.of("PAYMENT.CAPTURE.REFUNDED", "PAYMENT.CAPTURE.REVERSED",
            "PAYMENT.REFUND.COMPLETED");
    private static final Set<String> REFUND_FAILED = Set.of("PAYMENT.REFUND.FAILED", "PAYMENT.REFUND.CANCELLED",
            "PAYMENT.REFUND.DENIED");
    private static final String PAYOUT_ITEM = "PAYMENT.PAYOUTS-ITEM.";
    private static final Set<String> PAYOUT_ITEM_FAILED = Set.of("FAILED", "RETURNED", "BLOCKED", "DENIED", "REFUNDED",
            "CANCELED");
    private static final String CAPTURES_PATH = "/v2/payments/captures/";

    private WebhookEvents() {
    }

    static EventSubject subject(String eventType, Resource resource) {
        String type = String.valueOf(eventType);
        if (resource == null) {
            return new EventSubject.Unhandled();
        }
        if ("PAYMENT.CAPTURE.COMPLETED".equals(type)) {
            return new EventSubject.TopupPaid(resource.customId(), minor(resource), resource.amount().currencyCode(),
                    resource.id());
        }
        if (CAPTURE_FAILED.contains(type)) {
            return new EventSubject.TopupFailed(resource.customId(), resource.id(), "PayPal capture "
                    + (resource.status() == null ? type.substring("PAYMENT.CAPTURE.".length()) : resource.status())
                    + reason(resource));
        }
        if (REFUNDED.contains(type) || REFUND_FAILED.contains(type)) {
            return refund(type, resource);
        }
        if (type.startsWith(PAYOUT_ITEM)) {
            return payoutItem(type.substring(PAYOUT_ITEM.length()), resource);
        }
        return new EventSubject.Unhandled(); // CHECKOUT.ORDER.APPROVED: the return page or reconciliation captures
    }

    private static EventSubject refund(String type, Resource refund) {
        String refundId = ourRefundId(refund);
        String status = String.valueOf(refund.status());
        if (REFUND_FAILED.contains(type) || "FAILED".equals(status) || "CANCELLED".equals(status)) {
            // a refund made in PayPal's dashboard that failed moved nothing here
            return refundId == null ? new EventSubject.Unhandled()
                    : new EventSubject.RefundFailed(refundId, refund.id(), "PayPal refund " + status + reason(refund));
        }
        if ("PENDING".equals(status)) {
            return new EventSubject.Unhandled();
        }
        String captureId = refund.link("up").filter(href -> href.contains(CAPTURES_PATH))
                .map(href -> lastSegment(href.substring(href.indexOf(CAPTURES_PATH) + CAPTURES_PATH.length())))
                .orElse(null);
        return new EventSubject.TopupRefunded(refund.invoiceId(), captureId, refundId, refund.id(), minor(refund),
                refund.amount().currencyCode());
    }

    /** Ours when SkillFast set {@code custom_id}; a dashboard refund has none (or, defensively, the top-up's). */
    private static String ourRefundId(Resource refund) {
        String customId = refund.customId();
        return customId == null || customId.isBlank() || customId.equals(refund.invoiceId()) ? null : customId;
    }

    private static EventSubject payoutItem(String outcome, Resource item) {
        String payoutId = item.payoutItem() != null && item.payoutItem().senderItemId() != null
                ? item.payoutItem().senderItemId() : item.senderBatchId();
        if (payoutId == null) {
            return new EventSubject.Unhandled(); // not a payout SkillFast sent
        }
        if ("SUCCEEDED".equals(outcome)) {
            return new EventSubject.PayoutPaid(payoutId, item.payoutBatchId());
        }
        if (PAYOUT_ITEM_FAILED.contains(outcome)) {
            String why = item.errors() == null || item.errors().message() == null ? "" : ": " + item.errors().message();
            return new EventSubject.PayoutFailed(payoutId, "PayPal payout item " + outcome + why);
        }
        return new EventSubject.Unhandled(); // UNCLAIMED, HELD …: not final yet
    }

    /** The resource's amount in minor units, exactly; an amount SkillFast cannot read exactly is refused. */
    static long minor(Resource resource) {
        if (resource.amount() == null || resource.amount().currencyCode() == null) {
            throw new InvalidInputException("resource.amount", "is required");
        }
        try {
            return PaypalAmounts.minor(resource.amount().value(), resource.amount().currencyCode());
        } catch (IllegalArgumentException unreadable) {
            throw new InvalidInputException("resource.amount", unreadable.getMessage());
        }
    }

    private static String reason(Resource resource) {
        return resource.statusDetails() == null || resource.statusDetails().reason() == null ? ""
                : " (" + resource.statusDetails().reason() + ")";
    }

    private static String lastSegment(String path) {
        int end = path.indexOf('/');
        int query = path.indexOf('?');
        int cut = end < 0 ? query : query < 0 ? end : Math.min(end, query);
        return cut < 0 ? path : path.substring(0, cut);
    }
}
