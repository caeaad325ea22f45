package dev.skillfast.payments.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.skillfast.payments.stripe.WireMockStripe.error;
import static dev.skillfast.payments.stripe.WireMockStripe.form;
import static dev.skillfast.payments.stripe.WireMockStripe.json;
import static dev.skillfast.testing.StripeFixtures.quoted;
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
import dev.skillfast.payments.domain.PaymentGateway.Checkout;
import dev.skillfast.payments.domain.PaymentGateway.ReturnLinks;
import dev.skillfast.payments.domain.PaymentSettings;
import dev.skillfast.payments.domain.Provider;
import dev.skillfast.payments.domain.ProviderEvent;
import dev.skillfast.payments.domain.ProviderUnavailableException;
import dev.skillfast.payments.domain.TopupStatus;
import dev.skillfast.payments.domain.Topup;
import dev.skillfast.testing.MutableClock;
import dev.skillfast.testing.StripeFixtures;

/**
 * Top-ups through Checkout against an in-process fake of Stripe's API: the form parameters and the
 * Idempotency-Key Stripe receives, and what each of Stripe's answers (and failures) becomes. Refunds:
 * {@link StripeRefundsTest}.
 */
class StripeGatewayTest {

    static final String PI = "pi_3SkillFastIntent";
    static final Instant CREATED = Instant.parse("2026-12-06T10:00:00Z");
    static final ReturnLinks LINKS = new ReturnLinks("https://desk.example/wallet/topups/top_1/return?result=success",
            "https://desk.example/wallet/topups/top_1/return?result=cancel");
    static final String SESSIONS = "/v1/checkout/sessions";
    static final String SESSION = SESSIONS + "/cs_test_1";

    @RegisterExtension
    static final WireMockExtension stripe = WireMockStripe.extension();

    final MutableClock clock = new MutableClock(CREATED.plusSeconds(1));
    StripeGateway gateway;

    @BeforeEach
    void pointAtTheFake() {
        gateway = gateway(Duration.ofHours(1));
    }

    StripeGateway gateway(Duration checkoutExpiry) {
        return new StripeGateway(WireMockStripe.api(stripe, 0), new PaymentSettings(List.of("EUR"), 500, 50_000, checkoutExpiry,
                Duration.ofMinutes(5), Duration.ofMinutes(1)), clock);
    }

    static Topup topup(String sessionId) {
        return new Topup("top_1", "user_1", Provider.STRIPE, 2500, "EUR", TopupStatus.PENDING, sessionId, null, null, 0, 0,
                null, CREATED, CREATED);
    }

    static String session(String status, String paymentStatus, String paymentIntent) {
        return StripeFixtures.session("cs_test_1", "top_1", 2500, "eur", status, paymentStatus, paymentIntent,
                "open".equals(status) ? "https://checkout.stripe.com/c/pay/cs_test_1" : null);
    }

    @Test
    void openCreatesAPaymentModeCheckoutSessionNamedByTheTopupUnderItsIdempotencyKey() {
        stripe.stubFor(post(SESSIONS).willReturn(json(200, session("open", "unpaid", "null"))));
        Checkout checkout = gateway.open(topup(null), LINKS);
        assertThat(checkout).isEqualTo(new Checkout("cs_test_1", "https://checkout.stripe.com/c/pay/cs_test_1"));
        LoggedRequest request = WireMockStripe.only(stripe, postRequestedFor(urlPathEqualTo(SESSIONS)));
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("checkout:top_1");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + WireMockStripe.SECRET_KEY);
        assertThat(form(request)).containsAllEntriesOf(Map.ofEntries(
                Map.entry("mode", "payment"),
                Map.entry("client_reference_id", "top_1"),
                Map.entry("metadata[topup_id]", "top_1"),
                Map.entry("payment_intent_data[metadata][topup_id]", "top_1"),
                Map.entry("line_items[0][quantity]", "1"),
                Map.entry("line_items[0][price_data][currency]", "eur"),
                Map.entry("line_items[0][price_data][unit_amount]", "2500"),
                Map.entry("line_items[0][price_data][product_data][name]", "SkillFast credit"),
                Map.entry("success_url", LINKS.successUrl()),
                Map.entry("cancel_url", LINKS.cancelUrl()),
                Map.entry("expires_at", String.valueOf(CREATED.plus(Duration.ofHours(1)).getEpochSecond())),
                Map.entry("adaptive_pricing[enabled]", "false")));
    }

    @Test
    void aRetriedOpenSendsTheSameRequestSoStripeAnswersTheSameSession() {
        stripe.stubFor(post(SESSIONS).willReturn(json(200, session("open", "unpaid", "null"))));
        gateway.open(topup(null), LINKS);
        clock.advance(Duration.ofMinutes(3));
        gateway.open(topup(null), LINKS);
        List<LoggedRequest> requests = stripe.findAll(postRequestedFor(urlPathEqualTo(SESSIONS)));
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).getBodyAsString()).isEqualTo(requests.get(0).getBodyAsString());
        assertThat(requests.get(1).getHeader("Idempotency-Key")).isEqualTo(requests.get(0).getHeader("Idempotency-Key"));
    }

    @Test
    void theExpiryIsKeptWithinStripesThirtyMinutesToOneDay() {
        assertThat(gateway(Duration.ofMinutes(10)).expiresAt(topup(null)))
                .isEqualTo(CREATED.plus(StripeGateway.MIN_EXPIRY).getEpochSecond());
        assertThat(gateway(Duration.ofHours(48)).expiresAt(topup(null)))
                .isEqualTo(CREATED.plus(Duration.ofHours(24)).getEpochSecond());
        assertThat(gateway(Duration.ofHours(2)).expiresAt(topup(null)))
                .isEqualTo(CREATED.plus(Duration.ofHours(2)).getEpochSecond());
    }

    @Test
    void whenStripeCannotOpenThePageTheProviderIsUnavailable() {
        stripe.stubFor(post(SESSIONS).willReturn(error(500, "api_error", "internal", "Something went wrong")));
        assertThatThrownBy(() -> gateway.open(topup(null), LINKS)).isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("Something went wrong");
        stripe.stubFor(post(SESSIONS).willReturn(error(400, "invalid_request_error", "parameter_invalid_integer",
                "Invalid integer")));
        assertThatThrownBy(() -> gateway.open(topup(null), LINKS)).isInstanceOf(ProviderUnavailableException.class);
        stripe.stubFor(post(SESSIONS).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> gateway.open(topup(null), LINKS)).isInstanceOf(ProviderUnavailableException.class);
    }

    @Test
    void lookupOfAPaidSessionReportsThePaymentWithStripesAmountAndCurrency() {
        stripe.stubFor(get(urlPathEqualTo(SESSION)).willReturn(json(200, session("complete", "paid",
                StripeFixtures.paymentIntent(PI, "top_1", 2500, "eur", "succeeded")))));
        List<ProviderEvent> events = gateway.lookup(topup("cs_test_1"));
        assertThat(events).containsExactly(new ProviderEvent(Provider.STRIPE, "lookup:cs_test_1:PAID", "lookup.paid",
                clock.instant(), new EventSubject.TopupPaid("top_1", 2500, "EUR", PI)));
        assertThat(WireMockStripe.only(stripe, getRequestedFor(urlPathEqualTo(SESSION))).queryParameter("expand[0]").values())
                .containsExactly("payment_intent");
    }

    @Test
    void lookupReportsAnExpiredSessionAndNothingWhileItIsOpenOrProcessing() {
        stripe.stubFor(get(urlPathEqualTo(SESSION)).willReturn(json(200, session("expired", "unpaid", "null"))));
        assertThat(gateway.lookup(topup("cs_test_1"))).extracting(ProviderEvent::eventId, ProviderEvent::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lookup:cs_test_1:EXPIRED",
                        new EventSubject.TopupExpired("top_1")));
        stripe.stubFor(get(urlPathEqualTo(SESSION)).willReturn(json(200, session("open", "unpaid", "null"))));
        assertThat(gateway.lookup(topup("cs_test_1"))).isEmpty();
        stripe.stubFor(get(urlPathEqualTo(SESSION)).willReturn(json(200, session("complete", "unpaid",
                StripeFixtures.paymentIntent(PI, "top_1", 2500, "eur", "processing")))));
        assertThat(gateway.lookup(topup("cs_test_1"))).isEmpty();
    }

    @Test
    void lookupReportsADelayedPaymentThatFailed() {
        stripe.stubFor(get(urlPathEqualTo(SESSION)).willReturn(json(200, session("complete", "unpaid",
                StripeFixtures.paymentIntent(PI, "top_1", 2500, "eur", "requires_payment_method")))));
        assertThat(gateway.lookup(topup("cs_test_1"))).extracting(ProviderEvent::eventId, ProviderEvent::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lookup:cs_test_1:FAILED",
                        new EventSubject.TopupFailed("top_1", PI, "The payment failed at Stripe.")));
    }

    @Test
    void lookupWithoutASessionAsksNothing() {
        assertThat(gateway.lookup(topup(null))).isEmpty();
        assertThat(gateway.cancel(topup(null))).isEmpty();
        assertThat(stripe.getAllServeEvents()).isEmpty();
    }

    @Test
    void lookupFailuresAreTheProviderBeingUnavailable() {
        stripe.stubFor(get(urlPathEqualTo(SESSION)).willReturn(error(429, "rate_limit_error", "rate_limit",
                "Too many requests")));
        assertThatThrownBy(() -> gateway.lookup(topup("cs_test_1"))).isInstanceOf(ProviderUnavailableException.class);
    }

    @Test
    void cancelExpiresAnOpenSessionAndReportsItExpired() {
        stripe.stubFor(get(urlPathEqualTo(SESSION)).willReturn(json(200, session("open", "unpaid", "null"))));
        stripe.stubFor(post(SESSION + "/expire").willReturn(json(200, session("expired", "unpaid", "null"))));
        assertThat(gateway.cancel(topup("cs_test_1"))).extracting(ProviderEvent::subject)
                .containsExactly(new EventSubject.TopupExpired("top_1"));
        assertThat(WireMockStripe.only(stripe, postRequestedFor(urlPathEqualTo(SESSION + "/expire"))).getHeader("Idempotency-Key"))
                .isEqualTo("expire:cs_test_1");
    }

    @Test
    void cancelAfterTheClientPaidAfterAllReportsThePayment() {
        stripe.stubFor(get(urlPathEqualTo(SESSION)).inScenario("paid meanwhile").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(200, session("open", "unpaid", "null"))).willSetStateTo("paid"));
        stripe.stubFor(get(urlPathEqualTo(SESSION)).inScenario("paid meanwhile").whenScenarioStateIs("paid")
                .willReturn(json(200, session("complete", "paid", quoted(PI)))));
        stripe.stubFor(post(SESSION + "/expire").willReturn(error(400, "invalid_request_error",
                "checkout_session_not_open", "Only Checkout Sessions with a status in [open] can be expired.")));
        assertThat(gateway.cancel(topup("cs_test_1"))).extracting(ProviderEvent::subject)
                .containsExactly(new EventSubject.TopupPaid("top_1", 2500, "EUR", PI));
    }

    @Test
    void cancelOfASessionNoLongerOpenOnlyReportsIt() {
        stripe.stubFor(get(urlPathEqualTo(SESSION)).willReturn(json(200, session("complete", "paid", quoted(PI)))));
        assertThat(gateway.cancel(topup("cs_test_1"))).extracting(ProviderEvent::subject)
                .containsExactly(new EventSubject.TopupPaid("top_1", 2500, "EUR", PI));
        assertThat(stripe.findAll(postRequestedFor(urlPathEqualTo(SESSION + "/expire")))).isEmpty();
    }
}
