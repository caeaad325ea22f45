package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * PayPal top-ups, refunds and payouts end to end against the local fake ({@link PaypalFake}): the capture on
 * return credits once whatever webhooks repeat, signatures are checked (bad, foreign certificate host, stale:
 * 400 and nothing credited), a differing amount is flagged, events out of order end right, reconciliation
 * captures an approved order nobody reported, refunds and payouts reach PayPal with their idempotency keys.
 */
class PaypalPaymentsIT {

    private static final Duration RECONCILED_WITHIN = Duration.ofSeconds(40);

    @BeforeAll
    static void startPaypal() {
        PaypalFake.start();
    }

    /** A new PAYPAL top-up and its order at PayPal. */
    private static JsonObject paypalTopup(Accounts.Session client, long amount) {
        return Payments.topup(client, "PAYPAL", amount);
    }

    /** A new PAYPAL top-up whose payer approved it on PayPal's page; answers its order (topupId: the top-up). */
    private static PaypalFakeApi.Order approvedAtPaypal(Accounts.Session client, long amount) {
        PaypalFakeApi.Order order = PaypalFake.orderOf(paypalTopup(client, amount).getString("id"));
        PaypalFake.approve(order);
        return order;
    }

    private static String requestId(LoggedRequest request) {
        return request.getHeader("PayPal-Request-Id");
    }

    private static List<LoggedRequest> captureRequests(PaypalFakeApi.Order order) {
        return PaypalFake.requests(RequestMethod.POST, "/v2/checkout/orders/" + order.id + "/capture");
    }

    /** The client's wallet statement rows of one entry type. */
    private static long walletEntries(Accounts.Session client, String type) {
        HttpResponse<String> page = client.get("/api/wallet/transactions?type=" + type + "&size=100");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return ItServer.json(page).getJsonArray("items").size();
    }

    private static void assertRefused(HttpResponse<String> response, String header) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(ItServer.json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))).containsExactly(header);
    }

    @Test
    void aTopupIsCapturedOnReturnAndCreditedOnceWhateverTheWebhooksRepeat() {
        Accounts.Session client = Accounts.newUser("CLIENT");
        JsonObject topup = paypalTopup(client, 1_234);
        String id = topup.getString("id");
        PaypalFakeApi.Order order = PaypalFake.orderOf(id);
        assertThat(topup.getString("redirectUrl")).isEqualTo(PaypalFake.approveLink(order.id));
        assertThat(order.value).isEqualTo("12.34");
        assertThat(PaypalFake.requests(RequestMethod.POST, "/v2/checkout/orders")).filteredOn(r -> r.getBodyAsString()
                .contains("\"custom_id\":\"" + id + "\"")).extracting(PaypalPaymentsIT::requestId)
                .containsExactly("order:" + id);

        PaypalFake.approve(order);
        HttpResponse<String> captured = Payments.post(client, "/api/wallet/topups/" + id + "/capture", null);
        assertThat(captured.statusCode()).as(captured.body()).isEqualTo(200);
        assertThat(ItServer.json(captured).getString("status")).isEqualTo("SUCCEEDED");
        assertThat(captureRequests(order)).extracting(PaypalPaymentsIT::requestId).containsExactly("capture:" + id);
        assertThat(Billing.balance(client)).isEqualTo(1_234);

        String completed = PaypalFake.event("PAYMENT.CAPTURE.COMPLETED",
                PaypalFake.captureResource(order.captureId, id, "12.34"));
        HttpResponse<String> first = PaypalFake.send(completed);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(ItServer.json(first).getBoolean("received")).isTrue();
        assertThat(ItServer.json(first).getBoolean("duplicate")).isFalse();
        HttpResponse<String> again = PaypalFake.send(completed); // PayPal redelivers, newly signed
        assertThat(ItServer.json(again).getBoolean("duplicate")).isTrue();
        assertThat(Payments.post(client, "/api/wallet/topups/" + id + "/capture", null).statusCode()).isEqualTo(200);

        assertThat(Billing.balance(client)).isEqualTo(1_234);
        assertThat(walletEntries(client, "TOPUP")).isEqualTo(1);
        assertThat(captureRequests(order)).hasSize(1);
        Payments.assertBooksClean();
    }

    @Test
    void badForeignOrStaleSignaturesAre400AndCreditNothing() {
        Accounts.Session client = Accounts.newUser("CLIENT");
        String id = paypalTopup(client, 1_000).getString("id");
        String body = PaypalFake.event("PAYMENT.CAPTURE.COMPLETED", PaypalFake.captureResource("C-FORGED", id, "10.00"));
        Map<String, String> signed = PaypalFake.signed(body, Instant.now(), PaypalFake.certUrl(), PaypalFake.WEBHOOK_ID);

        assertRefused(PaypalFake.post(body.replace("10.00", "10.01"), signed), "PAYPAL-TRANSMISSION-SIG");
        assertRefused(PaypalFake.post(body, PaypalFake.signed(body, Instant.now(), PaypalFake.certUrl(), "ANOTHER-HOOK")),
                "PAYPAL-TRANSMISSION-SIG");
        String foreignHost = PaypalFake.certUrl().replace("localhost", "127.0.0.1");
        assertRefused(PaypalFake.post(body, PaypalFake.signed(body, Instant.now(), foreignHost, PaypalFake.WEBHOOK_ID)),
                "PAYPAL-CERT-URL");
        assertRefused(PaypalFake.post(body, PaypalFake.signed(body, Instant.now().minusSeconds(400), PaypalFake.certUrl(),
                PaypalFake.WEBHOOK_ID)), "PAYPAL-TRANSMISSION-TIME");
        assertRefused(PaypalFake.post(body, Map.of()), "PAYPAL-TRANSMISSION-ID");

        assertThat(PaypalFake.requests(RequestMethod.GET, "/v1/notifications/certs/CERT-SKILLFAST-IT"))
                .noneMatch(r -> r.getAbsoluteUrl().contains("127.0.0.1")); // the foreign address was never fetched
        assertThat(Payments.get(client, id).getString("status")).isEqualTo("PENDING");
        assertThat(Billing.balance(client)).isZero();
    }

    @Test
    void anAmountThatDiffersIsNotCreditedButFlagged() {
        Accounts.Session client = Accounts.newUser("CLIENT");
        String id = paypalTopup(client, 1_000).getString("id");

        HttpResponse<String> paid = PaypalFake.send(PaypalFake.event("PAYMENT.CAPTURE.COMPLETED",
                PaypalFake.captureResource("C-SHORT-" + id.substring(0, 8), id, "9.00")));

        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        assertThat(Billing.balance(client)).isZero();
        JsonObject seen = Payments.adminTopup(id);
        assertThat(seen.getString("status")).isEqualTo("PENDING");
        assertThat(seen.getString("flag", null)).isNotNull().contains("not credited");
    }

    @Test
    void aRefundReportedBeforeItsCaptureEndsRight() {
        Accounts.Session client = Accounts.newUser("CLIENT");
        PaypalFakeApi.Order order = approvedAtPaypal(client, 2_000);
        String id = order.topupId;
        String captureId = PaypalFake.captureAtPaypal(order);

        HttpResponse<String> refunded = PaypalFake.send(PaypalFake.event("PAYMENT.CAPTURE.REFUNDED",
                PaypalFake.refundResource("PR-DASH-" + captureId, captureId, id, "20.00", null)));
        assertThat(refunded.statusCode()).as(refunded.body()).isEqualTo(200);
        HttpResponse<String> completed = PaypalFake.send(PaypalFake.event("PAYMENT.CAPTURE.COMPLETED",
                PaypalFake.captureResource(captureId, id, "20.00")));
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);

        JsonObject seen = Payments.adminTopup(id);
        assertThat(seen.getString("status")).isEqualTo("REFUNDED");
        assertThat(seen.getJsonNumber("refunded").longValue()).isEqualTo(2_000);
        assertThat(seen.getJsonArray("refunds")).hasSize(1);
        assertThat(Billing.balance(client)).isZero();
        assertThat(walletEntries(client, "TOPUP")).isEqualTo(1);
        assertThat(walletEntries(client, "HOLD")).isEqualTo(1); // the refund leaves the wallet once (then REFUND, off it)
        Payments.assertBooksClean();
    }

    @Test
    void reconciliationCapturesAnApprovedOrderWhoseClientNeverCameBack() {
        Accounts.Session client = Accounts.newUser("CLIENT");
        PaypalFakeApi.Order order = approvedAtPaypal(client, 1_500); // no return to SkillFast, no webhook
        String id = order.topupId;

        Payments.awaitTopup(client, id, t -> "SUCCEEDED".equals(t.getString("status")), RECONCILED_WITHIN);

        assertThat(captureRequests(order)).extracting(PaypalPaymentsIT::requestId).containsExactly("capture:" + id);
        assertThat(Billing.balance(client)).isEqualTo(1_500);
        Payments.assertBooksClean();
    }

    @Test
    void anAdministratorsRefundGoesToPaypalUnderItsRequestId() {
        Accounts.Session client = Accounts.newUser("CLIENT");
        PaypalFakeApi.Order order = approvedAtPaypal(client, 1_000);
        String id = order.topupId;
        assertThat(Payments.post(client, "/api/wallet/topups/" + id + "/capture", null).statusCode()).isEqualTo(200);

        HttpResponse<String> refund = Payments.refund(id, 1_000);
        assertThat(refund.statusCode()).as(refund.body()).isEqualTo(201);
        String refundId = ItServer.json(refund).getString("id");
        assertThat(ItServer.json(refund).getString("status")).isEqualTo("SUCCEEDED");
        List<LoggedRequest> asked = PaypalFake.requests(RequestMethod.POST,
                "/v2/payments/captures/" + order.captureId + "/refund");
        assertThat(asked).extracting(PaypalPaymentsIT::requestId).containsExactly("refund:" + refundId);
        assertThat(asked.get(0).getBodyAsString()).contains("\"custom_id\":\"" + refundId + "\"", "\"value\":\"10.00\"");

        // PayPal's webhook for the same refund changes nothing more
        HttpResponse<String> webhook = PaypalFake.send(PaypalFake.event("PAYMENT.CAPTURE.REFUNDED",
                PaypalFake.refundResource("PR-OTHER-ID", order.captureId, id, "10.00", refundId)));
        assertThat(webhook.statusCode()).as(webhook.body()).isEqualTo(200);
        JsonObject seen = Payments.adminTopup(id);
        assertThat(seen.getString("status")).isEqualTo("REFUNDED");
        assertThat(seen.getJsonArray("refunds")).hasSize(1);
        assertThat(Billing.balance(client)).isZero();
        Payments.assertBooksClean();
    }

    @Test
    void aPaypalPayoutIsSentAsABatchAndPaidWhenPaypalSaysSo() {
        Accounts.Session client = LiveSessions.client(10_000);
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord(), "{\"CHAT\":500}", true);
        Payments.spend(client, expert);
        HttpResponse<String> email = CatalogueIT.send(expert, "PUT", "/api/payouts/account",
                "{\"paypalEmail\":\"expert-" + expert.userId().substring(0, 8) + "@example.com\"}");
        assertThat(email.statusCode()).as(email.body()).isEqualTo(200);
        HttpResponse<String> requested = Payments.post(expert, "/api/payouts", "{\"amount\":300,\"method\":\"PAYPAL\"}");
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        String payoutId = ItServer.json(requested).getString("id");

        HttpResponse<String> approved = Payments.post(Accounts.cachedAdmin(), "/api/admin/payouts/" + payoutId + "/approve",
                "{}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(ItServer.json(approved).getString("status")).isEqualTo("PROCESSING");
        String batchId = PaypalFake.batchOf(payoutId);
        assertThat(batchId).isNotNull();
        assertThat(PaypalFake.requests(RequestMethod.POST, "/v1/payments/payouts")).filteredOn(r -> r.getBodyAsString()
                .contains("\"sender_batch_id\":\"" + payoutId + "\"")).singleElement()
                .satisfies(r -> assertThat(r.getBodyAsString()).contains("\"value\":\"3.00\"", "expert-"));

        HttpResponse<String> succeeded = PaypalFake.send(PaypalFake.event("PAYMENT.PAYOUTS-ITEM.SUCCEEDED",
                PaypalFake.payoutItemResource(payoutId, batchId, "SUCCESS")));
        assertThat(succeeded.statusCode()).as(succeeded.body()).isEqualTo(200);
        JsonObject mine = ItServer.json(expert.get("/api/payouts")).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("id").equals(payoutId)).findFirst().orElseThrow();
        assertThat(mine.getString("status")).isEqualTo("PAID");
        Payments.assertBooksClean();
    }

    @Test
    void theWebhookIsDocumentedButPaypalsOwnApiIsNot() {
        HttpResponse<String> openapi = ItServer.get("/openapi");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/payments/paypal/webhook")
                .doesNotContain("/v2/checkout/orders", "/v1/oauth2/token", "/v1/payments/payouts");
    }
}
