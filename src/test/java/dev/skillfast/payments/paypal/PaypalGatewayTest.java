package dev.skillfast.payments.paypal;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.skillfast.payments.paypal.PaypalFixtures.json;
import static dev.skillfast.payments.paypal.PaypalFixtures.order;
import static dev.skillfast.payments.paypal.PaypalFixtures.stubToken;
import static dev.skillfast.payments.paypal.PaypalFixtures.topup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skillfast.payments.domain.EventSubject;
import dev.skillfast.payments.domain.PaymentGateway.Checkout;
import dev.skillfast.payments.domain.PaymentGateway.ReturnLinks;
import dev.skillfast.payments.domain.ProviderEvent;
import dev.skillfast.payments.domain.ProviderUnavailableException;
import dev.skillfast.payments.domain.Topup;
import dev.skillfast.testing.MutableClock;

/** Orders v2 against a WireMock PayPal: request bodies and ids, answers as events, errors. */
class PaypalGatewayTest {

    @RegisterExtension
    static WireMockExtension paypal = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final MutableClock clock = new MutableClock();
    private PaypalGateway gateway;

    @BeforeEach
    void connect() {
        stubToken(paypal, PaypalFixtures.TOKEN, 32_400);
        gateway = new PaypalGateway(PaypalFixtures.connection(paypal, clock), PaypalFixtures.paymentSettings(), clock);
    }

    private Topup pending(String orderId) {
        return topup("T-1", 1234, orderId, null, clock.instant());
    }

    @Test
    void openCreatesOneOrderForTheTopupAndAnswersItsApprovalLink() {
        paypal.stubFor(post(urlPathEqualTo("/v2/checkout/orders")).willReturn(json(200, "{\"id\":\"O-1\",\"status\":"
                + "\"PAYER_ACTION_REQUIRED\",\"links\":[{\"href\":\"https://api.paypal.com/v2/checkout/orders/O-1\","
                + "\"rel\":\"self\",\"method\":\"GET\"},{\"href\":\"https://www.paypal.com/checkoutnow?token=O-1\","
                + "\"rel\":\"payer-action\",\"method\":\"GET\"}]}")));

        Checkout checkout = gateway.open(pending(null), new ReturnLinks("https://desk/wallet/topups/T-1/return?result=success",
                "https://desk/wallet/topups/T-1/return?result=cancel"));

        assertThat(checkout).isEqualTo(new Checkout("O-1", "https://www.paypal.com/checkoutnow?token=O-1"));
        paypal.verify(postRequestedFor(urlPathEqualTo("/v2/checkout/orders"))
                .withHeader("Authorization", equalTo("Bearer " + PaypalFixtures.TOKEN))
                .withHeader("PayPal-Request-Id", equalTo("order:T-1"))
                .withRequestBody(equalToJson("{\"intent\":\"CAPTURE\",\"purchase_units\":[{\"reference_id\":\"T-1\","
                        + "\"custom_id\":\"T-1\",\"invoice_id\":\"T-1\",\"description\":\"SkillFast wallet top-up\","
                        + "\"amount\":{\"currency_code\":\"EUR\",\"value\":\"12.34\"}}],\"payment_source\":{\"paypal\":"
                        + "{\"experience_context\":{\"brand_name\":\"SkillFast\",\"user_action\":\"PAY_NOW\","
                        + "\"shipping_preference\":\"NO_SHIPPING\",\"return_url\":"
                        + "\"https://desk/wallet/topups/T-1/return?result=success\",\"cancel_url\":"
                        + "\"https://desk/wallet/topups/T-1/return?result=cancel\"}}}}")));
    }

    @Test
    void theApproveLinkServesWhenThereIsNoPayerActionLink() {
        paypal.stubFor(post(urlPathEqualTo("/v2/checkout/orders")).willReturn(json(201, "{\"id\":\"O-2\",\"status\":"
                + "\"CREATED\",\"links\":[{\"href\":\"https://www.paypal.com/checkoutnow?token=O-2\",\"rel\":\"approve\"}]}")));

        assertThat(gateway.open(pending(null), new ReturnLinks("s", "c")).redirectUrl())
                .isEqualTo("https://www.paypal.com/checkoutnow?token=O-2");
    }

    @Test
    void theTokenIsFetchedOnceAndAgainShortlyBeforeItExpires() {
        stubToken(paypal, PaypalFixtures.TOKEN, 600);
        paypal.stubFor(get("/v2/checkout/orders/O-1").willReturn(json(200, order("O-1", "PAYER_ACTION_REQUIRED", null,
                null, null))));

        gateway.lookup(pending("O-1"));
        gateway.lookup(pending("O-1"));
        paypal.verify(1, postRequestedFor(urlPathEqualTo("/v1/oauth2/token")));

        clock.advance(Duration.ofSeconds(600).minus(PaypalConnection.EXPIRY_MARGIN));
        gateway.lookup(pending("O-1"));
        paypal.verify(2, postRequestedFor(urlPathEqualTo("/v1/oauth2/token")));
        paypal.verify(3, getRequestedFor(urlPathEqualTo("/v2/checkout/orders/O-1")));
    }

    @Test
    void a401FetchesANewTokenAndTriesOnceMore() {
        paypal.stubFor(post(urlPathEqualTo("/v1/oauth2/token")).inScenario("token").whenScenarioStateIs(STARTED)
                .willReturn(json(200, "{\"access_token\":\"OLD\",\"expires_in\":32400}")).willSetStateTo("renewed"));
        paypal.stubFor(post(urlPathEqualTo("/v1/oauth2/token")).inScenario("token").whenScenarioStateIs("renewed")
                .willReturn(json(200, "{\"access_token\":\"NEW\",\"expires_in\":32400}")));
        paypal.stubFor(get("/v2/checkout/orders/O-1").withHeader("Authorization", equalTo("Bearer OLD"))
                .willReturn(json(401, "{\"error\":\"invalid_token\",\"error_description\":\"Token revoked\"}")));
        paypal.stubFor(get("/v2/checkout/orders/O-1").withHeader("Authorization", equalTo("Bearer NEW"))
                .willReturn(json(200, order("O-1", "VOIDED", null, null, null))));

        List<ProviderEvent> events = gateway.lookup(pending("O-1"));

        assertThat(events).extracting(ProviderEvent::subject)
                .containsExactly(new EventSubject.TopupFailed("T-1", null, "PayPal voided the order"));
        paypal.verify(2, postRequestedFor(urlPathEqualTo("/v1/oauth2/token")));
        paypal.verify(2, getRequestedFor(urlPathEqualTo("/v2/checkout/orders/O-1")));
    }

    @Test
    void a401WithAFreshTokenToo_isAProviderFailure() {
        paypal.stubFor(get("/v2/checkout/orders/O-1").willReturn(json(401, "{\"error\":\"invalid_token\"}")));

        assertThatThrownBy(() -> gateway.lookup(pending("O-1"))).isInstanceOf(ProviderUnavailableException.class);
        paypal.verify(2, postRequestedFor(urlPathEqualTo("/v1/oauth2/token")));
    }

    @Test
    void refusedCredentialsAreAProviderFailure() {
        paypal.stubFor(post(urlPathEqualTo("/v1/oauth2/token")).willReturn(json(401,
                "{\"error\":\"invalid_client\",\"error_description\":\"Client Authentication failed\"}")));

        assertThatThrownBy(() -> gateway.lookup(pending("O-1"))).isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("401");
    }

    @Test
    void captureAnswersTheCompletedCaptureAsPaid() {
        paypal.stubFor(post(urlPathEqualTo("/v2/checkout/orders/O-1/capture")).willReturn(json(201,
                order("O-1", "COMPLETED", "C-9", "COMPLETED", "12.34"))));

        List<ProviderEvent> events = gateway.capture(pending("O-1"));

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.eventId()).isEqualTo("capture:C-9:COMPLETED");
            assertThat(event.subject()).isEqualTo(new EventSubject.TopupPaid("T-1", 1234, "EUR", "C-9"));
            assertThat(event.occurredAt()).isEqualTo(clock.instant());
        });
        paypal.verify(postRequestedFor(urlPathEqualTo("/v2/checkout/orders/O-1/capture"))
                .withHeader("PayPal-Request-Id", equalTo("capture:T-1"))
                .withHeader("Prefer", equalTo("return=representation"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{}")));
    }

    @Test
    void captureAnswersADeclinedCaptureAsFailedAndAPendingOneAsNothingYet() {
        paypal.stubFor(post(urlPathEqualTo("/v2/checkout/orders/O-1/capture")).willReturn(json(201,
                order("O-1", "COMPLETED", "C-9", "DECLINED", "12.34"))));
        assertThat(gateway.capture(pending("O-1"))).extracting(ProviderEvent::eventId, ProviderEvent::subject)
                .containsExactly(tuple("capture:C-9:DECLINED",
                        new EventSubject.TopupFailed("T-1", "C-9", "PayPal capture DECLINED")));

        paypal.stubFor(post(urlPathEqualTo("/v2/checkout/orders/O-1/capture")).willReturn(json(201,
                order("O-1", "COMPLETED", "C-9", "PENDING", "12.34"))));
        assertThat(gateway.capture(pending("O-1"))).isEmpty();
    }

    @Test
    void anOrderAlreadyCapturedIsLookedUpInstead() {
        paypal.stubFor(post(urlPathEqualTo("/v2/checkout/orders/O-1/capture")).willReturn(json(422, "{\"name\":"
                + "\"UNPROCESSABLE_ENTITY\",\"details\":[{\"issue\":\"ORDER_ALREADY_CAPTURED\",\"description\":"
                + "\"Order already captured.\"}],\"message\":\"The requested action could not be performed\","
                + "\"debug_id\":\"d1\"}")));
        paypal.stubFor(get("/v2/checkout/orders/O-1").willReturn(json(200, order("O-1", "COMPLETED", "C-9", "COMPLETED",
                "12.34"))));

        assertThat(gateway.capture(pending("O-1"))).extracting(ProviderEvent::eventId, ProviderEvent::subject)
                .containsExactly(tuple("lookup:O-1:COMPLETED",
                        new EventSubject.TopupPaid("T-1", 1234, "EUR", "C-9")));
    }

    @Test
    void aDeclinedInstrumentFailsTheTopup() {
        paypal.stubFor(post(urlPathEqualTo("/v2/checkout/orders/O-1/capture")).willReturn(json(422, "{\"name\":"
                + "\"UNPROCESSABLE_ENTITY\",\"details\":[{\"issue\":\"INSTRUMENT_DECLINED\",\"description\":"
                + "\"The instrument presented was declined.\"}]}")));

        assertThat(gateway.capture(pending("O-1"))).singleElement().satisfies(event -> {
            assertThat(event.eventId()).isEqualTo("capture:O-1:INSTRUMENT_DECLINED");
            assertThat(event.subject()).isInstanceOf(EventSubject.TopupFailed.class);
        });
    }

    @Test
    void anOrderNotYetApprovedCapturesNothing() {
        paypal.stubFor(post(urlPathEqualTo("/v2/checkout/orders/O-1/capture")).willReturn(json(422, "{\"name\":"
                + "\"UNPROCESSABLE_ENTITY\",\"details\":[{\"issue\":\"ORDER_NOT_APPROVED\"}]}")));
        paypal.stubFor(get("/v2/checkout/orders/O-1").willReturn(json(200, order("O-1", "PAYER_ACTION_REQUIRED", null,
                null, null))));

        assertThat(gateway.capture(pending("O-1"))).isEmpty();
        paypal.verify(1, postRequestedFor(urlPathEqualTo("/v2/checkout/orders/O-1/capture")));
    }

    @Test
    void lookupCapturesAnApprovedOrder() {
        paypal.stubFor(get("/v2/checkout/orders/O-1").willReturn(json(200, order("O-1", "APPROVED", null, null, null))));
        paypal.stubFor(post(urlPathEqualTo("/v2/checkout/orders/O-1/capture")).willReturn(json(201,
                order("O-1", "COMPLETED", "C-9", "COMPLETED", "12.34"))));

        assertThat(gateway.lookup(pending("O-1"))).extracting(ProviderEvent::subject)
                .containsExactly(new EventSubject.TopupPaid("T-1", 1234, "EUR", "C-9"));
        paypal.verify(postRequestedFor(urlPathEqualTo("/v2/checkout/orders/O-1/capture"))
                .withHeader("PayPal-Request-Id", equalTo("capture:T-1")));
    }

    @Test
    void lookupExpiresAnOrderLeftUnpaidPastTheCheckoutExpiry() {
        paypal.stubFor(get("/v2/checkout/orders/O-1").willReturn(json(200, order("O-1", "PAYER_ACTION_REQUIRED", null,
                null, null))));
        Topup topup = pending("O-1");

        assertThat(gateway.lookup(topup)).isEmpty();
        clock.advance(PaypalFixtures.CHECKOUT_EXPIRY.plusSeconds(1));
        assertThat(gateway.lookup(topup)).extracting(ProviderEvent::eventId, ProviderEvent::subject)
                .containsExactly(tuple("lookup:O-1:EXPIRED",
                        new EventSubject.TopupExpired("T-1")));
    }

    @Test
    void lookupOfARefundedCaptureStillReportsThePayment() {
        paypal.stubFor(get("/v2/checkout/orders/O-1").willReturn(json(200, order("O-1", "COMPLETED", "C-9",
                "PARTIALLY_REFUNDED", "12.34"))));

        assertThat(gateway.lookup(pending("O-1"))).extracting(ProviderEvent::subject)
                .containsExactly(new EventSubject.TopupPaid("T-1", 1234, "EUR", "C-9"));
    }

    @Test
    void serverErrorsRateLimitsAndSilenceAreProviderFailures() {
        paypal.stubFor(get("/v2/checkout/orders/O-1").willReturn(json(503, "{\"name\":\"SERVICE_UNAVAILABLE\"}")));
        assertThatThrownBy(() -> gateway.lookup(pending("O-1"))).isInstanceOf(ProviderUnavailableException.class);

        paypal.stubFor(get("/v2/checkout/orders/O-1").willReturn(json(429, "{\"name\":\"RATE_LIMIT_REACHED\"}")));
        assertThatThrownBy(() -> gateway.lookup(pending("O-1"))).isInstanceOf(ProviderUnavailableException.class);

        PaypalSettings nowhere = new PaypalSettings("id", "secret", null, "http://127.0.0.1:1", "http://127.0.0.1:1/");
        PaypalGateway unreachable = new PaypalGateway(new PaypalConnection(nowhere, clock, new WireClients()),
                PaypalFixtures.paymentSettings(), clock);
        assertThatThrownBy(() -> unreachable.lookup(pending("O-1"))).isInstanceOf(ProviderUnavailableException.class);
    }

    @Test
    void anOrderPaypalRefusesToCreateIsAProviderFailureWithPaypalsWords() {
        paypal.stubFor(post(urlPathEqualTo("/v2/checkout/orders")).willReturn(json(422, "{\"name\":"
                + "\"UNPROCESSABLE_ENTITY\",\"details\":[{\"issue\":\"CURRENCY_NOT_SUPPORTED\",\"description\":"
                + "\"Currency code is not currently supported.\"}]}")));

        assertThatThrownBy(() -> gateway.open(pending(null), new ReturnLinks("s", "c")))
                .isInstanceOf(ProviderUnavailableException.class).hasMessageContaining("CURRENCY_NOT_SUPPORTED");
        paypal.verify(postRequestedFor(urlPathEqualTo("/v2/checkout/orders"))
                .withRequestBody(matchingJsonPath("$.purchase_units[0].amount.value", equalTo("12.34"))));
    }

    @Test
    void cancellingOnPaypalsPageFailsAWaitingOrderButNotAPaidOrApprovedOne() {
        paypal.stubFor(get("/v2/checkout/orders/O-1").willReturn(json(200, order("O-1", "PAYER_ACTION_REQUIRED", null,
                null, null))));
        assertThat(gateway.cancel(pending("O-1"))).extracting(ProviderEvent::eventId, ProviderEvent::subject)
                .containsExactly(tuple("cancel:O-1", new EventSubject.TopupFailed("T-1", null, "Cancelled on PayPal's page")));

        paypal.stubFor(get("/v2/checkout/orders/O-1").willReturn(json(200, order("O-1", "COMPLETED", "C-9", "COMPLETED",
                "12.34"))));
        assertThat(gateway.cancel(pending("O-1"))).extracting(ProviderEvent::subject)
                .containsExactly(new EventSubject.TopupPaid("T-1", 1234, "EUR", "C-9"));

        paypal.stubFor(get("/v2/checkout/orders/O-1").willReturn(json(200, order("O-1", "APPROVED", null, null, null))));
        assertThat(gateway.cancel(pending("O-1"))).isEmpty();
        paypal.verify(0, postRequestedFor(urlPathEqualTo("/v2/checkout/orders/O-1/capture")));
    }

    @Test
    void anOrderPaypalNoLongerKnowsExpiresItsTopupOnceTheCheckoutExpiryPassed() {
        paypal.stubFor(get("/v2/checkout/orders/O-1").willReturn(json(404, "{\"name\":\"RESOURCE_NOT_FOUND\"}")));
        Topup topup = pending("O-1");

        assertThat(gateway.lookup(topup)).isEmpty();
        clock.advance(PaypalFixtures.CHECKOUT_EXPIRY.plusSeconds(1));
        assertThat(gateway.lookup(topup)).extracting(ProviderEvent::eventId).containsExactly("lookup:O-1:NOT_FOUND");
        assertThat(gateway.lookup(topup("T-2", 1234, null, null, topup.createdAt())))
                .extracting(ProviderEvent::eventId).as("never made").containsExactly("lookup:T-2:NO_ORDER");
    }
}
