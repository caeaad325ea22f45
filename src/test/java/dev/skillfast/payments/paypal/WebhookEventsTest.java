package dev.skillfast.payments.paypal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.skillfast.payments.domain.EventSubject;
import dev.skillfast.payments.paypal.WebhookShapes.Event;
import dev.skillfast.platform.errors.InvalidInputException;

/** Every PayPal event type SkillFast reads, from PayPal's JSON to what it means here. */
class WebhookEventsTest {

    private static EventSubject subject(String eventType, String resource) {
        Event event = PaypalJson.JSONB.fromJson("{\"id\":\"WH-1\",\"event_version\":\"1.0\",\"event_type\":\""
                + eventType + "\",\"resource_type\":\"x\",\"resource\":" + resource + ",\"links\":[]}", Event.class);
        return WebhookEvents.subject(event.eventType(), event.resource());
    }

    private static String capture(String status, String value) {
        return "{\"id\":\"C-9\",\"status\":\"" + status + "\",\"amount\":{\"currency_code\":\"EUR\",\"value\":\"" + value
                + "\"},\"custom_id\":\"T-1\",\"invoice_id\":\"T-1\",\"status_details\":{\"reason\":\"BUYER_COMPLAINT\"},"
                + "\"seller_receivable_breakdown\":{\"gross_amount\":{\"currency_code\":\"EUR\",\"value\":\"" + value + "\"}}}";
    }

    /** A refund: {@code customId} null for one made in PayPal's dashboard. */
    private static String refund(String status, String customId) {
        return "{\"id\":\"PR-7\",\"status\":\"" + status + "\",\"amount\":{\"currency_code\":\"EUR\",\"value\":\"5.00\"},"
                + (customId == null ? "" : "\"custom_id\":\"" + customId + "\",") + "\"invoice_id\":\"T-1\","
                + "\"note_to_payer\":\"Sorry\",\"links\":[{\"href\":\"https://api.paypal.com/v2/payments/refunds/PR-7\","
                + "\"rel\":\"self\",\"method\":\"GET\"},{\"href\":\"https://api.paypal.com/v2/payments/captures/C-9\","
                + "\"rel\":\"up\",\"method\":\"GET\"}]}";
    }

    private static String payoutItem(String status) {
        return "{\"payout_item_id\":\"I-1\",\"transaction_id\":\"X-1\",\"transaction_status\":\"" + status + "\","
                + "\"payout_batch_id\":\"B-1\",\"sender_batch_id\":\"P-1\",\"payout_item\":{\"recipient_type\":\"EMAIL\","
                + "\"amount\":{\"currency\":\"EUR\",\"value\":\"25.00\"},\"receiver\":\"lucia@example.com\","
                + "\"sender_item_id\":\"P-1\"},\"errors\":{\"name\":\"RECEIVER_UNCONFIRMED\",\"message\":\"Receiver is "
                + "unconfirmed\"}}";
    }

    @Test
    void aCompletedCaptureCreditsItsTopup() {
        assertThat(subject("PAYMENT.CAPTURE.COMPLETED", capture("COMPLETED", "12.34")))
                .isEqualTo(new EventSubject.TopupPaid("T-1", 1234, "EUR", "C-9"));
    }

    @Test
    void aDeniedOrDeclinedCaptureFailsIt() {
        assertThat(subject("PAYMENT.CAPTURE.DENIED", capture("DECLINED", "12.34")))
                .isEqualTo(new EventSubject.TopupFailed("T-1", "C-9", "PayPal capture DECLINED (BUYER_COMPLAINT)"));
        assertThat(subject("PAYMENT.CAPTURE.DECLINED", capture("DECLINED", "12.34")))
                .isInstanceOf(EventSubject.TopupFailed.class);
    }

    @Test
    void ourRefundCompletedRefundsTheTopupUnderOurRefundsId() {
        EventSubject expected = new EventSubject.TopupRefunded("T-1", "C-9", "R-1", "PR-7", 500, "EUR");
        assertThat(subject("PAYMENT.CAPTURE.REFUNDED", refund("COMPLETED", "R-1"))).isEqualTo(expected);
        assertThat(subject("PAYMENT.REFUND.COMPLETED", refund("COMPLETED", "R-1"))).isEqualTo(expected);
    }

    @Test
    void aDashboardRefundHasNoRefundIdOfOurs() {
        assertThat(subject("PAYMENT.CAPTURE.REFUNDED", refund("COMPLETED", null)))
                .isEqualTo(new EventSubject.TopupRefunded("T-1", "C-9", null, "PR-7", 500, "EUR"));
        assertThat(subject("PAYMENT.CAPTURE.REFUNDED", refund("COMPLETED", "T-1")))
                .as("custom_id copied from the capture is not a refund id")
                .isEqualTo(new EventSubject.TopupRefunded("T-1", "C-9", null, "PR-7", 500, "EUR"));
        assertThat(subject("PAYMENT.CAPTURE.REVERSED", refund("COMPLETED", null)))
                .isInstanceOf(EventSubject.TopupRefunded.class);
    }

    @Test
    void aFailedOrCancelledRefundOfOursReleasesIt() {
        assertThat(subject("PAYMENT.REFUND.FAILED", refund("FAILED", "R-1")))
                .isEqualTo(new EventSubject.RefundFailed("R-1", "PR-7", "PayPal refund FAILED"));
        assertThat(subject("PAYMENT.REFUND.CANCELLED", refund("CANCELLED", "R-1")))
                .isInstanceOf(EventSubject.RefundFailed.class);
        assertThat(subject("PAYMENT.CAPTURE.REFUNDED", refund("CANCELLED", "R-1")))
                .isInstanceOf(EventSubject.RefundFailed.class);
        assertThat(subject("PAYMENT.REFUND.FAILED", refund("FAILED", null))).as("not ours")
                .isEqualTo(new EventSubject.Unhandled());
        assertThat(subject("PAYMENT.REFUND.PENDING", refund("PENDING", "R-1"))).isEqualTo(new EventSubject.Unhandled());
    }

    @Test
    void aPayoutItemSucceededOrFailedSettlesOurPayout() {
        assertThat(subject("PAYMENT.PAYOUTS-ITEM.SUCCEEDED", payoutItem("SUCCESS")))
                .isEqualTo(new EventSubject.PayoutPaid("P-1", "B-1"));
        for (String outcome : new String[] {"FAILED", "RETURNED", "BLOCKED", "DENIED", "REFUNDED", "CANCELED"}) {
            assertThat(subject("PAYMENT.PAYOUTS-ITEM." + outcome, payoutItem(outcome))).as(outcome)
                    .isEqualTo(new EventSubject.PayoutFailed("P-1", "PayPal payout item " + outcome
                            + ": Receiver is unconfirmed"));
        }
        assertThat(subject("PAYMENT.PAYOUTS-ITEM.UNCLAIMED", payoutItem("UNCLAIMED")))
                .isEqualTo(new EventSubject.Unhandled());
        assertThat(subject("PAYMENT.PAYOUTS-ITEM.SUCCEEDED", "{\"payout_item_id\":\"I-2\"}")).as("not ours")
                .isEqualTo(new EventSubject.Unhandled());
    }

    @Test
    void anApprovedOrderAndOtherEventsAreRecordedOnly() {
        assertThat(subject("CHECKOUT.ORDER.APPROVED", "{\"id\":\"O-1\",\"status\":\"APPROVED\"}"))
                .isEqualTo(new EventSubject.Unhandled());
        assertThat(subject("PAYMENT.CAPTURE.PENDING", capture("PENDING", "12.34"))).isEqualTo(new EventSubject.Unhandled());
        assertThat(subject("BILLING.SUBSCRIPTION.CREATED", "{\"id\":\"S-1\"}")).isEqualTo(new EventSubject.Unhandled());
    }

    @Test
    void anAmountWithMoreDecimalsThanItsCurrencyIsRefused() {
        assertThatThrownBy(() -> subject("PAYMENT.CAPTURE.COMPLETED", capture("COMPLETED", "12.345")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("resource.amount"));
        assertThatThrownBy(() -> subject("PAYMENT.CAPTURE.COMPLETED", "{\"id\":\"C-9\",\"custom_id\":\"T-1\"}"))
                .isInstanceOf(InvalidInputException.class);
    }
}
