package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Payments through the API: top-ups, the demo page, refunds, payouts (shared by the payment ITs). */
final class Payments {

    private Payments() {
    }

    static HttpResponse<String> createTopup(Accounts.Session client, String provider, long amount, String key) {
        String body = Json.createObjectBuilder().add("provider", provider).add("amount", amount).add("currency", "EUR")
                .build().toString();
        return ItServer.send(client.request("/api/wallet/topups").header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A new PENDING top-up (asserting 201). */
    static JsonObject topup(Accounts.Session client, String provider, long amount) {
        HttpResponse<String> created = createTopup(client, provider, amount, UUID.randomUUID().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject topup = ItServer.json(created);
        assertThat(topup.getString("status")).isEqualTo("PENDING");
        return topup;
    }

    static JsonObject get(Accounts.Session client, String topupId) {
        HttpResponse<String> got = client.get("/api/wallet/topups/" + topupId);
        assertThat(got.statusCode()).as(got.body()).isEqualTo(200);
        return ItServer.json(got);
    }

    static HttpResponse<String> post(Accounts.Session who, String path, String json) {
        return CatalogueIT.send(who, "POST", path, json);
    }

    /** A client with {@code amount} paid in through the demo provider (its wallet then holds it). */
    static JsonObject paidDemoTopup(Accounts.Session client, long amount) {
        JsonObject topup = topup(client, "DEMO", amount);
        HttpResponse<String> paid = post(client, "/api/payments/demo/topups/" + topup.getString("id") + "/pay", null);
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        assertThat(ItServer.json(paid).getString("status")).isEqualTo("SUCCEEDED");
        return ItServer.json(paid);
    }

    static JsonObject adminTopup(String topupId) {
        HttpResponse<String> got = Accounts.cachedAdmin().get("/api/admin/topups/" + topupId);
        assertThat(got.statusCode()).as(got.body()).isEqualTo(200);
        return ItServer.json(got);
    }

    static HttpResponse<String> refund(String topupId, long amount) {
        return post(Accounts.cachedAdmin(), "/api/admin/topups/" + topupId + "/refund",
                "{\"amount\":" + amount + ",\"reason\":\"test refund\"}");
    }

    /** Polls the client's top-up until it matches (reconciliation and webhooks run on their own time). */
    static JsonObject awaitTopup(Accounts.Session client, String topupId, Predicate<JsonObject> until, Duration within) {
        Instant deadline = Instant.now().plus(within);
        JsonObject last = get(client, topupId);
        while (!until.test(last) && Instant.now().isBefore(deadline)) {
            Billing.pause(Duration.ofMillis(200));
            last = get(client, topupId);
        }
        assertThat(until.test(last)).as("top-up %s never got there: %s", topupId, last).isTrue();
        return last;
    }

    /** Every journal entry sums to zero and the book check finds no difference. */
    static void assertBooksClean() {
        assertThat(Billing.ledgerDifferences()).isEmpty();
    }

    /** A short chat session: the client pays two units (the first is free), the expert earns 80 % of them. */
    static void spend(Accounts.Session client, Accounts.Session expert) {
        try (LiveClient expertLine = LiveClient.connect(expert); LiveClient clientLine = LiveClient.connect(client)) {
            String id = LiveSessions.active(client, expert, "CHAT");
            JsonObject active = Billing.session(client, id);
            Billing.sleepUntil(Instant.parse(active.getString("startedAt")).plus(Billing.UNIT.multipliedBy(2))
                    .plus(Duration.ofMillis(500)));
            assertThat(LiveSessions.act(client, id, "end").statusCode()).isEqualTo(200);
            Billing.receipt(expert, id);
        }
    }
}
