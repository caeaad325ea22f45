package dev.skillfast.it;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.skillfast.testing.PaypalTestSigner;

/**
 * A local PayPal for the integration tests, where the test server's {@code skillfast.paypal.api-base} points:
 * one WireMock server per test JVM on the port the build reserved ({@code skillfast.it.paypal.port}), started
 * on first use and never stopped (the JVM's exit ends it; the server may call it after any test). It serves
 * the token, orders, captures, refunds and payouts ({@link PaypalFakeApi}) and the test certificate webhooks
 * are signed with; {@link #send} signs and POSTs webhook events to SkillFast as PayPal does.
 */
public final class PaypalFake {

    static final String WEBHOOK_ID = System.getProperty("skillfast.it.paypal.webhook-id", "SKILLFAST-IT-WEBHOOK");
    /** The pom's it.paypal.client-id and it.paypal.client-secret, which the test server sends. */
    private static final String CREDENTIALS = "skillfast-it-client:skillfast-it-secret";

    private static WireMockServer server;
    private static PaypalFakeApi api;
    private static PaypalTestSigner signer;

    private PaypalFake() {
    }

    static int port() {
        return Integer.getInteger("skillfast.it.paypal.port", 9089);
    }

    static String base() {
        return "http://localhost:" + port();
    }

    /** Where the fake serves its certificate (under the test server's allowed prefix). */
    static String certUrl() {
        return base() + "/v1/notifications/certs/CERT-SKILLFAST-IT";
    }

    /** Starts the fake if it is not running yet; answers its state. */
    static synchronized PaypalFakeApi start() {
        if (server == null) {
            Instant now = Instant.now();
            signer = new PaypalTestSigner(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
            api = new PaypalFakeApi(base(), "Basic " + Base64.getEncoder().encodeToString(
                    CREDENTIALS.getBytes(StandardCharsets.UTF_8)), signer.certificatePem());
            WireMockServer started = new WireMockServer(options().port(port()).extensions(api));
            started.start();
            started.stubFor(any(anyUrl()).willReturn(ok())); // every answer comes from PaypalFakeApi
            server = started;
        }
        return api;
    }

    /** The order PayPal holds for a top-up (created when the top-up was). */
    static PaypalFakeApi.Order orderOf(String topupId) {
        return start().orders.values().stream().filter(o -> topupId.equals(o.topupId)).findFirst()
                .orElseThrow(() -> new AssertionError("PayPal has no order for top-up " + topupId));
    }

    static String approveLink(String orderId) {
        return start().approveLink(orderId);
    }

    /** The payer approved the order on PayPal's page (and came back, or not). */
    static void approve(PaypalFakeApi.Order order) {
        order.status = "APPROVED";
    }

    /** The order is captured at PayPal without SkillFast asking (as if by another path); answers the capture id. */
    static String captureAtPaypal(PaypalFakeApi.Order order) {
        synchronized (start()) {
            api.complete(order);
        }
        return order.captureId;
    }

    /** The batch PayPal made for a payout (its sender_batch_id), or null. */
    static String batchOf(String payoutId) {
        return start().batchesBySender.get(payoutId);
    }

    /** The requests SkillFast sent the fake with this method and path. */
    static List<LoggedRequest> requests(RequestMethod method, String path) {
        start();
        return server.findAll(new RequestPatternBuilder(method, urlPathEqualTo(path)));
    }

    /** A webhook event body as PayPal sends it, under a new WH- id. */
    static String event(String eventType, String resource) {
        return "{\"id\":\"WH-" + UUID.randomUUID() + "\",\"event_version\":\"1.0\",\"create_time\":\"" + Instant.now()
                + "\",\"resource_type\":\"checkout-order\",\"event_type\":\"" + eventType + "\",\"summary\":\"fake\","
                + "\"resource\":" + resource + ",\"links\":[]}";
    }

    static String captureResource(String captureId, String topupId, String value) {
        return "{\"id\":\"" + captureId + "\",\"status\":\"COMPLETED\",\"amount\":{\"currency_code\":\"EUR\",\"value\":\""
                + value + "\"},\"final_capture\":true,\"custom_id\":\"" + topupId + "\",\"invoice_id\":\"" + topupId
                + "\",\"supplementary_data\":{\"related_ids\":{\"order_id\":\"O-x\"}}}";
    }

    /** A completed refund of a capture; {@code refundId} null for one made in PayPal's dashboard. */
    static String refundResource(String refundRef, String captureId, String topupId, String value, String refundId) {
        return start().refundResource(refundRef, captureId, topupId, value, refundId, "COMPLETED");
    }

    static String payoutItemResource(String payoutId, String batchId, String transactionStatus) {
        return "{\"payout_item_id\":\"I-" + payoutId.hashCode() + "\",\"transaction_status\":\"" + transactionStatus
                + "\",\"payout_batch_id\":\"" + batchId + "\",\"sender_batch_id\":\"" + payoutId + "\",\"payout_item\":{"
                + "\"recipient_type\":\"EMAIL\",\"receiver\":\"x@example.com\",\"sender_item_id\":\"" + payoutId + "\"}}";
    }

    /** The PAYPAL-* headers PayPal would send with {@code body} at {@code time}, naming {@code certUrl}. */
    static Map<String, String> signed(String body, Instant time, String certUrl, String webhookId) {
        start();
        return signer.headers(body.getBytes(StandardCharsets.UTF_8), webhookId, time, certUrl);
    }

    /** POSTs {@code body}, signed as PayPal does, to SkillFast's PayPal webhook. */
    static HttpResponse<String> send(String body) {
        return post(body, signed(body, Instant.now(), certUrl(), WEBHOOK_ID));
    }

    /** POSTs {@code body} with these headers to SkillFast's PayPal webhook. */
    static HttpResponse<String> post(String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(ItServer.uri("/api/payments/paypal/webhook"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return ItServer.send(request.build());
    }
}
