package dev.skillfast.payments.paypal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skillfast.payments.domain.PaymentSettings;
import dev.skillfast.payments.domain.Provider;
import dev.skillfast.payments.domain.Topup;
import dev.skillfast.payments.domain.TopupStatus;

/** What the PayPal adapter's unit tests share: a connection to a WireMock "PayPal", its token, a top-up. */
final class PaypalFixtures {

    static final String CLIENT_ID = "test-client";
    static final String SECRET = "test-secret";
    /** Base64 of test-client:test-secret. */
    static final String BASIC = "Basic dGVzdC1jbGllbnQ6dGVzdC1zZWNyZXQ=";
    static final String TOKEN = "A21AAtoken";
    static final Duration CHECKOUT_EXPIRY = Duration.ofHours(1);

    private PaypalFixtures() {
    }

    static PaypalSettings settings(WireMockExtension paypal) {
        return new PaypalSettings(CLIENT_ID, SECRET, "WH-ID", paypal.baseUrl(), paypal.baseUrl() + "/");
    }

    static PaypalConnection connection(WireMockExtension paypal, Clock clock) {
        return new PaypalConnection(settings(paypal), clock, new WireClients());
    }

    static PaymentSettings paymentSettings() {
        return new PaymentSettings(List.of("EUR"), 500, 50_000, CHECKOUT_EXPIRY, Duration.ofMinutes(5),
                Duration.ofMinutes(1));
    }

    /** PayPal's token endpoint, answering {@code token} valid for {@code seconds}. */
    static void stubToken(WireMockExtension paypal, String token, long seconds) {
        paypal.stubFor(post(urlPathEqualTo("/v1/oauth2/token"))
                .withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(equalTo("grant_type=client_credentials"))
                .willReturn(json(200, "{\"scope\":\"https://uri.paypal.com/services/payments\",\"access_token\":\""
                        + token + "\",\"token_type\":\"Bearer\",\"app_id\":\"APP-1\",\"expires_in\":" + seconds
                        + ",\"nonce\":\"n\"}")));
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    static Topup topup(String id, long amount, String orderId, String captureId, Instant createdAt) {
        return new Topup(id, "user-1", Provider.PAYPAL, amount, "EUR", TopupStatus.PENDING, orderId, captureId, null,
                0, 0, null, createdAt, createdAt);
    }

    /** An order as PayPal answers it, with one capture (or none when {@code captureStatus} is null). */
    static String order(String id, String status, String captureId, String captureStatus, String value) {
        String captures = captureStatus == null ? "" : ",\"payments\":{\"captures\":[{\"id\":\"" + captureId
                + "\",\"status\":\"" + captureStatus + "\",\"amount\":{\"currency_code\":\"EUR\",\"value\":\"" + value
                + "\"},\"final_capture\":true,\"custom_id\":\"T-1\",\"seller_protection\":{\"status\":\"ELIGIBLE\"}}]}";
        return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"intent\":\"CAPTURE\",\"purchase_units\":[{"
                + "\"reference_id\":\"T-1\",\"custom_id\":\"T-1\"" + captures + "}],\"links\":[{\"href\":"
                + "\"https://api.sandbox.paypal.com/v2/checkout/orders/" + id + "\",\"rel\":\"self\",\"method\":\"GET\"}]}";
    }
}
