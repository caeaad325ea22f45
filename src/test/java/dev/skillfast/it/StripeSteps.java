package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.json.JsonObject;

/** The REST steps of the Stripe integration tests: top-ups, their admin view, refunds and payouts, and polling. */
final class StripeSteps {

    /** How long the server may take to settle what a webhook or a lookup told it. */
    static final Duration SETTLE = Duration.ofSeconds(15);

    private StripeSteps() {
    }

    /** A STRIPE top-up of {@code amount} EUR (asserting 201). */
    static JsonObject topup(Accounts.Session client, long amount) {
        HttpResponse<String> created = ItServer.send(client.request("/api/wallet/topups")
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{\"provider\":\"STRIPE\",\"amount\":" + amount
                        + ",\"currency\":\"EUR\"}")).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ItServer.json(created);
    }

    static JsonObject topupOf(Accounts.Session client, String topupId) {
        return ok(client.get("/api/wallet/topups/" + topupId));
    }

    static JsonObject adminTopup(String topupId) {
        return ok(Accounts.cachedAdmin().get("/api/admin/topups/" + topupId));
    }

    /** The top-up once its status is {@code status} (failing after {@link #SETTLE}). */
    static JsonObject awaitStatus(Accounts.Session client, String topupId, String status, Duration within) {
        return await(() -> topupOf(client, topupId), t -> status.equals(t.getString("status")),
                "top-up " + topupId + " " + status, within);
    }

    /** The wallet's TOPUP or REFUND rows. */
    static List<JsonObject> transactions(Accounts.Session client, String type) {
        return ok(client.get("/api/wallet/transactions?type=" + type + "&size=100")).getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ItServer.json(response);
    }

    static HttpResponse<String> post(Accounts.Session who, String path, String json) {
        return CatalogueIT.send(who, "POST", path, json);
    }

    /** Polls until the value satisfies the condition, failing with the last value seen after {@code within}. */
    static <T> T await(Supplier<T> value, Predicate<T> condition, String what, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            T seen = value.get();
            if (condition.test(seen)) {
                return seen;
            }
            assertThat(System.nanoTime()).as(what + " in time; last seen: " + seen).isLessThan(deadline);
            Billing.pause(Duration.ofMillis(200));
        }
    }
}
