package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Top-ups, refunds and payouts through the DEMO provider (on by default on the embedded test server) and
 * the MANUAL payout method: the journal is written once whatever repeats, every refusal is a 409 problem,
 * and every role and ownership rule holds. Stripe and PayPal have their own ITs against local fakes.
 */
class PaymentsIT {

    @Test
    void theDemoProviderIsListedWithTheLimits() {
        HttpResponse<String> providers = ItServer.get("/api/payments/providers");
        assertThat(providers.statusCode()).isEqualTo(200);
        JsonObject demo = ItServer.json(providers).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals("DEMO")).findFirst().orElseThrow();
        assertThat(demo.getJsonArray("currencies").getString(0)).isEqualTo("EUR");
        assertThat(demo.getJsonNumber("minAmount").longValue()).isEqualTo(500);
        assertThat(demo.getJsonNumber("maxAmount").longValue()).isEqualTo(50_000);
    }

    @Test
    void aDemoTopUpIsCreditedOnceHoweverOftenItIsPaid() {
        Accounts.Session client = Accounts.newUser("CLIENT");
        String key = UUID.randomUUID().toString();
        HttpResponse<String> created = Payments.createTopup(client, "DEMO", 2_000, key);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject topup = ItServer.json(created);
        String id = topup.getString("id");
        assertThat(topup.getString("redirectUrl")).endsWith("/wallet/topups/" + id + "/demo-pay");
        assertThat(topup.getString("redirectUrl")).startsWith("http://localhost:" + ItServer.httpPort());

        HttpResponse<String> again = Payments.createTopup(client, "DEMO", 2_000, key);
        assertThat(ItServer.json(again).getString("id")).isEqualTo(id);
        HttpResponse<String> otherBody = Payments.createTopup(client, "DEMO", 3_000, key);
        assertThat(otherBody.statusCode()).as(otherBody.body()).isEqualTo(409);

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> paid = Payments.post(client, "/api/payments/demo/topups/" + id + "/pay", null);
            assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
            assertThat(ItServer.json(paid).getString("status")).isEqualTo("SUCCEEDED");
        }
        assertThat(Billing.balance(client)).isEqualTo(2_000);
        HttpResponse<String> topups = client.get("/api/wallet/transactions?type=TOPUP");
        assertThat(ItServer.json(topups).getJsonArray("items")).hasSize(1);
        HttpResponse<String> list = client.get("/api/wallet/topups");
        assertThat(ItServer.json(list).getJsonNumber("total").longValue()).isEqualTo(1);
        JsonObject seen = Payments.adminTopup(id);
        assertThat(seen.getJsonArray("events")).hasSize(1); // the repeats were the same event
        assertThat(seen.getJsonNumber("refundable").longValue()).isEqualTo(2_000);
        Payments.assertBooksClean();
    }

    @Test
    void aCancelledDemoTopUpFailsAndALatePayDoesNothing() {
        Accounts.Session client = Accounts.newUser("CLIENT");
        String id = Payments.topup(client, "DEMO", 1_000).getString("id");
        HttpResponse<String> cancelled = Payments.post(client, "/api/payments/demo/topups/" + id + "/cancel", null);
        assertThat(ItServer.json(cancelled).getString("status")).isEqualTo("FAILED");
        HttpResponse<String> paid = Payments.post(client, "/api/payments/demo/topups/" + id + "/pay", null);
        assertThat(ItServer.json(paid).getString("status")).isEqualTo("FAILED");
        assertThat(Billing.balance(client)).isZero();
    }

    @Test
    void badRequestsAreRefusedByField() {
        Accounts.Session client = Accounts.newUser("CLIENT");
        assertField(Payments.createTopup(client, "DEMO", 499, UUID.randomUUID().toString()), 400, "amount");
        assertField(Payments.createTopup(client, "DEMO", 50_001, UUID.randomUUID().toString()), 400, "amount");
        assertField(Payments.createTopup(client, "BITCOIN", 1_000, UUID.randomUUID().toString()), 400, "provider");
        HttpResponse<String> noKey = ItServer.send(client.request("/api/wallet/topups").header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(
                "{\"provider\":\"DEMO\",\"amount\":1000,\"currency\":\"EUR\"}")).build());
        assertThat(noKey.statusCode()).as(noKey.body()).isEqualTo(400);
        assertField(noKey, 400, "Idempotency-Key");
        HttpResponse<String> usd = ItServer.send(client.request("/api/wallet/topups").header("Content-Type",
                "application/json").header("Idempotency-Key", "k-usd").POST(HttpRequest.BodyPublishers.ofString(
                "{\"provider\":\"DEMO\",\"amount\":1000,\"currency\":\"USD\"}")).build());
        assertField(usd, 400, "currency");
    }

    @Test
    void theDemoWebhookRefusesABadOrMissingSignature() {
        Accounts.Session client = Accounts.newUser("CLIENT");
        String id = Payments.topup(client, "DEMO", 1_000).getString("id");
        String body = "{\"id\":\"forged-" + id + "\",\"type\":\"payment.succeeded\",\"topupId\":\"" + id
                + "\",\"amount\":1000,\"currency\":\"EUR\",\"created\":" + Instant.now().getEpochSecond() + "}";
        long now = Instant.now().getEpochSecond();
        for (String signature : List.of("t=" + now + ",v1=" + "ab".repeat(32), "t=" + (now - 400) + ",v1=00", "nonsense")) {
            HttpResponse<String> forged = ItServer.send(HttpRequest.newBuilder(ItServer.uri("/api/payments/demo/webhook"))
                    .header("Content-Type", "application/json").header("SkillFast-Signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            assertField(forged, 400, "SkillFast-Signature");
        }
        assertThat(Payments.get(client, id).getString("status")).isEqualTo("PENDING");
        assertThat(Billing.balance(client)).isZero();
    }

    @Test
    void topUpsAreTheirOwnersAndClientsOnly() {
        Accounts.Session owner = Accounts.newUser("CLIENT");
        Accounts.Session other = Accounts.newUser("CLIENT");
        Accounts.Session expert = Accounts.newUser("EXPERT");
        String id = Payments.topup(owner, "DEMO", 1_000).getString("id");
        assertThat(other.get("/api/wallet/topups/" + id).statusCode()).isEqualTo(404);
        assertThat(Payments.post(other, "/api/payments/demo/topups/" + id + "/pay", null).statusCode()).isEqualTo(404);
        assertThat(Payments.post(other, "/api/wallet/topups/" + id + "/capture", null).statusCode()).isEqualTo(404);
        assertThat(Payments.createTopup(expert, "DEMO", 1_000, "k").statusCode()).isEqualTo(403);
        assertThat(ItServer.get("/api/wallet/topups").statusCode()).isEqualTo(401);
        assertThat(owner.get("/api/admin/topups").statusCode()).isEqualTo(403);
        assertThat(Payments.post(owner, "/api/admin/topups/" + id + "/refund", "{\"amount\":1,\"reason\":\"x\"}")
                .statusCode()).isEqualTo(403);
        assertThat(owner.get("/api/payouts/account").statusCode()).isEqualTo(403);
        assertThat(expert.get("/api/admin/payouts").statusCode()).isEqualTo(403);
        assertThat(Payments.post(expert, "/api/admin/payouts/x/approve", "{}").statusCode()).isEqualTo(403);
        assertThat(Payments.get(owner, id).getString("status")).isEqualTo("PENDING");
    }

    @Test
    void aRefundIsHeldAtOnceAndNeverExceedsTheTopUpOrWhatIsUnspent() {
        Accounts.Session client = Accounts.newUser("CLIENT");
        String id = Payments.paidDemoTopup(client, 1_000).getString("id");
        assertField(Payments.refund(id, 0), 400, "amount");
        HttpResponse<String> part = Payments.refund(id, 400);
        assertThat(part.statusCode()).as(part.body()).isEqualTo(201);
        assertThat(ItServer.json(part).getString("status")).isEqualTo("SUCCEEDED"); // the demo provider refunds at once
        assertThat(Billing.balance(client)).isEqualTo(600);
        assertThat(Payments.get(client, id).getString("status")).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(Payments.refund(id, 601).statusCode()).isEqualTo(409);

        // the client spends: a second top-up's money is not the first one's to refund
        Payments.paidDemoTopup(client, 500);
        Accounts.Session admin = Accounts.cachedAdmin();
        assertThat(CatalogueIT.send(admin, "POST", "/api/admin/grants", "{\"userId\":\"" + client.userId()
                + "\",\"amount\":1,\"currency\":\"EUR\",\"reason\":\"test\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> rest = Payments.refund(id, 600);
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(201);
        assertThat(Payments.get(client, id).getString("status")).isEqualTo("REFUNDED");
        assertThat(Payments.refund(id, 1).statusCode()).isEqualTo(409);
        JsonObject seen = Payments.adminTopup(id);
        assertThat(seen.getJsonArray("refunds")).hasSize(2);
        assertThat(seen.getJsonNumber("refunded").longValue()).isEqualTo(1_000);
        assertThat(Billing.balance(client)).isEqualTo(501);
        Payments.assertBooksClean();
    }

    @Test
    void aRefundBeyondWhatTheWalletStillHoldsIs409() {
        Accounts.Session client = Accounts.newUser("CLIENT");
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        String id = Payments.paidDemoTopup(client, 500).getString("id");
        Payments.spend(client, expert);
        long left = Billing.balance(client);
        assertThat(left).isLessThan(500);
        HttpResponse<String> tooMuch = Payments.refund(id, 500);
        assertThat(tooMuch.statusCode()).as(tooMuch.body()).isEqualTo(409);
        assertThat(ItServer.json(tooMuch).getString("detail")).contains("unspent");
        assertThat(Payments.refund(id, left).statusCode()).isEqualTo(201);
        assertThat(Billing.balance(client)).isZero();
        Payments.assertBooksClean();
    }

    @Test
    void anExpertRequestsAPayoutAndAnAdministratorPaysOrRejectsIt() {
        Accounts.Session client = LiveSessions.client(10_000);
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord(), "{\"CHAT\":500}", true);
        Payments.spend(client, expert);
        JsonObject account = ItServer.json(expert.get("/api/payouts/account"));
        assertThat(account.getJsonArray("methods").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)).contains("MANUAL");
        assertThat(account.getJsonNumber("minimum").longValue()).isEqualTo(100);
        long available = account.getJsonArray("available").getJsonObject(0).getJsonNumber("amount").longValue();
        assertThat(available).isGreaterThanOrEqualTo(800); // two paid units at 500, less 20 %

        assertThat(requestPayout(expert, available + 1).statusCode()).isEqualTo(409);
        assertThat(requestPayout(expert, 99).statusCode()).isEqualTo(409);
        HttpResponse<String> first = requestPayout(expert, 300);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String paidId = ItServer.json(first).getString("id");
        assertThat(ItServer.json(first).getString("status")).isEqualTo("REQUESTED");
        String rejectedId = ItServer.json(requestPayout(expert, available - 300)).getString("id");
        assertThat(earnings(expert)).isZero();
        assertThat(requestPayout(expert, 100).statusCode()).isEqualTo(409); // all of it is held

        Accounts.Session admin = Accounts.cachedAdmin();
        HttpResponse<String> queue = admin.get("/api/admin/payouts?status=REQUESTED&size=100");
        assertThat(queue.body()).contains(paidId, rejectedId);
        HttpResponse<String> noReference = Payments.post(admin, "/api/admin/payouts/" + paidId + "/approve", "{}");
        assertField(noReference, 400, "reference");
        HttpResponse<String> paid = Payments.post(admin, "/api/admin/payouts/" + paidId + "/approve",
                "{\"reference\":\"payroll 2026-12\"}");
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        assertThat(ItServer.json(paid).getString("status")).isEqualTo("PAID");
        assertThat(Payments.post(admin, "/api/admin/payouts/" + paidId + "/reject", "{\"reason\":\"x\"}").statusCode())
                .isEqualTo(409);
        HttpResponse<String> rejected = Payments.post(admin, "/api/admin/payouts/" + rejectedId + "/reject",
                "{\"reason\":\"Bank details missing\"}");
        assertThat(ItServer.json(rejected).getString("status")).isEqualTo("REJECTED");
        assertThat(earnings(expert)).isEqualTo(available - 300);
        JsonObject earned = ItServer.json(expert.get("/api/earnings"));
        assertThat(earned.getJsonNumber("lifetime").longValue()).as("a rejected payout is not earned twice")
                .isEqualTo(available);

        JsonObject mine = ItServer.json(expert.get("/api/payouts"));
        assertThat(mine.getJsonNumber("total").longValue()).isEqualTo(2);
        Payments.assertBooksClean();
    }

    private static HttpResponse<String> requestPayout(Accounts.Session expert, long amount) {
        return Payments.post(expert, "/api/payouts", "{\"amount\":" + amount + ",\"method\":\"MANUAL\"}");
    }

    private static long earnings(Accounts.Session expert) {
        return ItServer.json(expert.get("/api/earnings")).getJsonNumber("available").longValue();
    }

    private static void assertField(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(ItServer.json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))).contains(field);
    }
}
