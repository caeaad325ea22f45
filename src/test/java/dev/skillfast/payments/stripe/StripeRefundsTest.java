package dev.skillfast.payments.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.skillfast.payments.stripe.WireMockStripe.error;
import static dev.skillfast.payments.stripe.WireMockStripe.form;
import static dev.skillfast.payments.stripe.WireMockStripe.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.skillfast.payments.domain.EventSubject;
import dev.skillfast.payments.domain.PaymentGateway.RefundStarted;
import dev.skillfast.payments.domain.PaymentSettings;
import dev.skillfast.payments.domain.Provider;
import dev.skillfast.payments.domain.ProviderEvent;
import dev.skillfast.payments.domain.ProviderUnavailableException;
import dev.skillfast.payments.domain.Refund;
import dev.skillfast.payments.domain.RefundStatus;
import dev.skillfast.payments.domain.Topup;
import dev.skillfast.payments.domain.TopupStatus;
import dev.skillfast.testing.MutableClock;
import dev.skillfast.testing.StripeFixtures;

/** Refunds of Stripe top-ups against the fake: what Stripe receives, and each answer's meaning. */
class StripeRefundsTest {

    static final String PI = StripeGatewayTest.PI;
    static final Instant NOW = Instant.parse("2026-12-06T11:00:00Z");

    @RegisterExtension
    static final WireMockExtension stripe = WireMockStripe.extension();

    final MutableClock clock = new MutableClock(NOW);
    StripeGateway gateway;

    @BeforeEach
    void pointAtTheFake() {
        gateway = gateway(0);
    }

    StripeGateway gateway(int retries) {
        return new StripeGateway(WireMockStripe.api(stripe, retries), new PaymentSettings(List.of("EUR"), 500, 50_000,
                Duration.ofHours(1), Duration.ofMinutes(5), Duration.ofMinutes(1)), clock);
    }

    static Topup paidTopup(String paymentRef) {
        return new Topup("top_1", "user_1", Provider.STRIPE, 2500, "EUR", TopupStatus.SUCCEEDED, "cs_test_1", paymentRef,
                null, 0, 2500, null, NOW, NOW);
    }

    static Refund refund(String providerRef) {
        return new Refund("ref_1", "top_1", "user_1", 1000, "EUR", "asked by the client", RefundStatus.PENDING,
                providerRef, null, "admin_1", NOW, NOW);
    }

    static String stripeRefund(String status, String failureReason) {
        return StripeFixtures.refund("re_1", 1000, "eur", status, PI, "ref_1", "top_1", failureReason);
    }

    @Test
    void aRefundIsAskedOnThePaymentIntentUnderItsIdempotencyKeyWithOurIds() {
        stripe.stubFor(post("/v1/refunds").willReturn(json(200, stripeRefund("succeeded", null))));
        assertThat(gateway.refund(paidTopup(PI), refund(null)))
                .isEqualTo(new RefundStarted("re_1", RefundStatus.SUCCEEDED, null));
        LoggedRequest request = WireMockStripe.only(stripe, postRequestedFor(urlPathEqualTo("/v1/refunds")));
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("refund:ref_1");
        assertThat(form(request)).containsExactlyInAnyOrderEntriesOf(Map.of("payment_intent", PI, "amount", "1000",
                "metadata[refund_id]", "ref_1", "metadata[topup_id]", "top_1"));
    }

    @Test
    void stripesRefundStatusesMapToOurs() {
        Map<String, RefundStatus> statuses = Map.of("succeeded", RefundStatus.SUCCEEDED, "pending", RefundStatus.PENDING,
                "requires_action", RefundStatus.PENDING, "failed", RefundStatus.FAILED, "canceled", RefundStatus.FAILED);
        statuses.forEach((stripeStatus, ours) -> {
            stripe.stubFor(post("/v1/refunds").willReturn(json(200, stripeRefund(stripeStatus,
                    "failed".equals(stripeStatus) ? "lost_or_stolen_card" : null))));
            RefundStarted started = gateway.refund(paidTopup(PI), refund(null));
            assertThat(started.status()).as(stripeStatus).isEqualTo(ours);
            assertThat(started.failureReason()).as(stripeStatus).isEqualTo(switch (stripeStatus) {
                case "failed" -> "Stripe did not refund (lost or stolen card).";
                case "canceled" -> "Stripe did not refund (canceled).";
                default -> null;
            });
        });
    }

    @Test
    void aRefundStripeRefusesFailsWithStripesMessage() {
        stripe.stubFor(post("/v1/refunds").willReturn(error(400, "invalid_request_error", "charge_already_refunded",
                "Charge ch_3SkillFastCharge has already been refunded.")));
        assertThat(gateway.refund(paidTopup(PI), refund(null))).isEqualTo(new RefundStarted(null, RefundStatus.FAILED,
                "Charge ch_3SkillFastCharge has already been refunded."));
        stripe.stubFor(post("/v1/refunds").willReturn(error(402, "card_error", "expired_card",
                "The card has expired.")));
        assertThat(gateway.refund(paidTopup(PI), refund(null)))
                .isEqualTo(new RefundStarted(null, RefundStatus.FAILED, "The card has expired."));
    }

    @Test
    void whenStripeCannotAnswerTheRefundIsRetriedLaterNotFailed() {
        stripe.stubFor(post("/v1/refunds").willReturn(error(429, "rate_limit_error", "rate_limit", "Slow down")));
        assertThatThrownBy(() -> gateway.refund(paidTopup(PI), refund(null)))
                .isInstanceOf(ProviderUnavailableException.class);
        stripe.stubFor(post("/v1/refunds").willReturn(error(503, "api_error", "unavailable", "Try again")));
        assertThatThrownBy(() -> gateway.refund(paidTopup(PI), refund(null)))
                .isInstanceOf(ProviderUnavailableException.class);
        stripe.stubFor(post("/v1/refunds").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> gateway.refund(paidTopup(PI), refund(null)))
                .isInstanceOf(ProviderUnavailableException.class);
    }

    @Test
    void stripeJavasOwnRetryRepeatsTheSameIdempotencyKey() {
        stripe.stubFor(post("/v1/refunds").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(error(503, "api_error", "unavailable", "Try again")).willSetStateTo("up"));
        stripe.stubFor(post("/v1/refunds").inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(json(200, stripeRefund("pending", null))));
        assertThat(gateway(1).refund(paidTopup(PI), refund(null)).status()).isEqualTo(RefundStatus.PENDING);
        assertThat(stripe.findAll(postRequestedFor(urlPathEqualTo("/v1/refunds"))))
                .extracting(r -> r.getHeader("Idempotency-Key")).containsExactly("refund:ref_1", "refund:ref_1");
    }

    @Test
    void aTopupWithoutAPaymentCannotBeRefundedAtStripe() {
        assertThat(gateway.refund(paidTopup(null), refund(null)).status()).isEqualTo(RefundStatus.FAILED);
        assertThat(stripe.getAllServeEvents()).isEmpty();
    }

    @Test
    void lookupOfARefundReportsItsOutcomeNamedByOurIds() {
        stripe.stubFor(get("/v1/refunds/re_1").willReturn(json(200,
                StripeFixtures.refund("re_1", 1000, "eur", "succeeded", PI, null, null, null))));
        assertThat(gateway.lookupRefund(paidTopup(PI), refund("re_1"))).containsExactly(new ProviderEvent(Provider.STRIPE,
                "lookup:re_1:SUCCEEDED", "lookup.succeeded", NOW,
                new EventSubject.TopupRefunded("top_1", PI, "ref_1", "re_1", 1000, "EUR")));
        stripe.stubFor(get("/v1/refunds/re_1").willReturn(json(200, stripeRefund("failed", "declined"))));
        assertThat(gateway.lookupRefund(paidTopup(PI), refund("re_1"))).extracting(ProviderEvent::subject)
                .containsExactly(new EventSubject.RefundFailed("ref_1", "re_1", "Stripe did not refund (declined)."));
        stripe.stubFor(get("/v1/refunds/re_1").willReturn(json(200, stripeRefund("pending", null))));
        assertThat(gateway.lookupRefund(paidTopup(PI), refund("re_1"))).isEmpty();
        assertThat(gateway.lookupRefund(paidTopup(PI), refund(null))).isEmpty();
    }
}
