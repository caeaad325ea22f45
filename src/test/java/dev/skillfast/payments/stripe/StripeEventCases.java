package dev.skillfast.payments.stripe;

import static dev.skillfast.testing.StripeFixtures.quoted;

import java.util.List;

import dev.skillfast.payments.domain.EventSubject;
import dev.skillfast.testing.StripeFixtures;

/** Webhook events of every type SkillFast reads, in one API version, with what each must mean. */
final class StripeEventCases {

    static final String PI = StripeWebhookTest.PI;
    static final long CREATED = 1_765_015_000L;

    private StripeEventCases() {
    }

    /** {description, payload, expected subject}. */
    static List<Object[]> cases(String version) {
        EventSubject.Unhandled unhandled = new EventSubject.Unhandled();
        EventSubject.TopupPaid paid = new EventSubject.TopupPaid("top_1", 2500, "EUR", PI);
        String foreignSession = session("complete", "paid", quoted(PI)).replace("\"client_reference_id\": \"top_1\"",
                "\"client_reference_id\": null").replace("\"topup_id\": \"top_1\"", "\"other\": \"x\"");
        String ourRefund = StripeFixtures.refund("re_1", 1000, "eur", "succeeded", PI, "ref_1", "top_1", null);
        String newerRefund = StripeFixtures.refund("re_3", 500, "eur", "succeeded", PI, "ref_3", "top_1", null);
        return List.of(
                c("completed and paid", event("checkout.session.completed", session("complete", "paid", quoted(PI)),
                        version), paid),
                c("completed, payment intent expanded", event("checkout.session.completed", session("complete", "paid",
                        StripeFixtures.paymentIntent(PI, "top_1", 2500, "eur", "succeeded")), version), paid),
                c("completed but unpaid (delayed method)", event("checkout.session.completed",
                        session("complete", "unpaid", quoted(PI)), version), unhandled),
                c("completed, not SkillFast's session", event("checkout.session.completed", foreignSession, version),
                        unhandled),
                c("async payment succeeded", event("checkout.session.async_payment_succeeded",
                        session("complete", "paid", quoted(PI)), version), paid),
                c("async payment failed", event("checkout.session.async_payment_failed",
                        session("complete", "unpaid", quoted(PI)), version),
                        new EventSubject.TopupFailed("top_1", PI, StripeEvents.ASYNC_FAILED)),
                c("expired", event("checkout.session.expired", session("expired", "unpaid", "null"), version),
                        new EventSubject.TopupExpired("top_1")),
                c("our refund succeeded", event("refund.updated", ourRefund, version),
                        new EventSubject.TopupRefunded("top_1", PI, "ref_1", "re_1", 1000, "EUR")),
                c("a dashboard refund succeeded", event("refund.created",
                        StripeFixtures.refund("re_2", 700, "eur", "succeeded", PI, null, null, null), version),
                        new EventSubject.TopupRefunded(null, PI, null, "re_2", 700, "EUR")),
                c("a refund still pending", event("refund.created",
                        StripeFixtures.refund("re_1", 1000, "eur", "pending", PI, "ref_1", "top_1", null), version),
                        unhandled),
                c("our refund failed", event("refund.failed", StripeFixtures.refund("re_1", 1000, "eur", "failed", PI,
                        "ref_1", "top_1", "expired_or_canceled_card"), version),
                        new EventSubject.RefundFailed("ref_1", "re_1", "Stripe did not refund (expired or canceled card).")),
                c("our refund canceled", event("refund.updated", StripeFixtures.refund("re_1", 1000, "eur", "canceled",
                        PI, "ref_1", "top_1", null), version),
                        new EventSubject.RefundFailed("ref_1", "re_1", "Stripe did not refund (canceled).")),
                c("charge refunded: its newest refund", event("charge.refunded",
                        StripeFixtures.charge(PI, 2500, 1500, "eur", newerRefund, ourRefund), version),
                        new EventSubject.TopupRefunded("top_1", PI, "ref_3", "re_3", 500, "EUR")),
                c("charge refunded without its refunds list", event("charge.refunded",
                        StripeFixtures.charge(PI, 2500, 2500, "eur"), version), unhandled),
                c("connected account enabled", event("account.updated",
                        StripeFixtures.account("acct_1Expert", "exp_1", "e@example.com", true, true), version),
                        new EventSubject.PayoutAccountUpdated("acct_1Expert", true, true)),
                c("connected account still onboarding", event("account.updated",
                        StripeFixtures.account("acct_1Expert", "exp_1", "e@example.com", false, true), version),
                        new EventSubject.PayoutAccountUpdated("acct_1Expert", false, true)),
                c("transfer fully reversed", event("transfer.reversed",
                        StripeFixtures.transfer("tr_1", "po_1", 3000, "eur", "acct_1Expert", true), version),
                        new EventSubject.PayoutFailed("po_1", StripePayouts.REVERSED)),
                c("transfer partly reversed", event("transfer.reversed",
                        StripeFixtures.transfer("tr_1", "po_1", 3000, "eur", "acct_1Expert", false), version), unhandled),
                c("another event type", event("payment_intent.succeeded",
                        StripeFixtures.paymentIntent(PI, "top_1", 2500, "eur", "succeeded"), version), unhandled));
    }

    private static Object[] c(String description, String payload, EventSubject expected) {
        return new Object[] {description, payload, expected};
    }

    private static String session(String status, String paymentStatus, String paymentIntent) {
        return StripeFixtures.session("cs_test_1", "top_1", 2500, "eur", status, paymentStatus, paymentIntent, null);
    }

    private static String event(String type, String object, String version) {
        return StripeFixtures.event("evt_" + type.replace('.', '_'), type, object, version, CREATED);
    }
}
