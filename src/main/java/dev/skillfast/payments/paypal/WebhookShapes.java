package dev.skillfast.payments.paypal;

import java.util.List;
import java.util.Optional;

import jakarta.json.bind.annotation.JsonbProperty;

import dev.skillfast.payments.paypal.OrderShapes.Link;
import dev.skillfast.payments.paypal.OrderShapes.Money;
import dev.skillfast.payments.paypal.OrderShapes.StatusDetails;
import dev.skillfast.payments.paypal.PayoutShapes.ItemDetails;
import dev.skillfast.payments.paypal.PayoutShapes.ItemErrors;

/** A PayPal webhook event, read after its signature was checked (only the fields SkillFast uses). */
public final class WebhookShapes {

    private WebhookShapes() {
    }

    /** {@code id} is PayPal's event id (WH-…), unique per event and repeated on redelivery. */
    public record Event(String id, @JsonbProperty("event_type") String eventType,
                 @JsonbProperty("create_time") String createTime, Resource resource) {
    }

    /**
     * The event's object, one record for the kinds SkillFast reads: a capture, a refund (the capture it
     * refunds is its {@code up} link) or a payout item.
     */
    public record Resource(String id, String status, Money amount, @JsonbProperty("custom_id") String customId,
                    @JsonbProperty("invoice_id") String invoiceId, List<Link> links,
                    @JsonbProperty("status_details") StatusDetails statusDetails,
                    @JsonbProperty("payout_batch_id") String payoutBatchId,
                    @JsonbProperty("transaction_status") String transactionStatus,
                    @JsonbProperty("sender_batch_id") String senderBatchId,
                    @JsonbProperty("payout_item") ItemDetails payoutItem, ItemErrors errors) {

        Optional<String> link(String rel) {
            return (links == null ? List.<Link>of() : links).stream()
                    .filter(link -> rel.equals(link.rel()) && link.href() != null).map(Link::href).findFirst();
        }
    }
}
