package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.json.JsonObject;

/** Steps of the Stripe integration tests beyond {@link Payments}: statuses, wallet rows, polling anything. */
final class StripeSteps {

    /** How long the server may take to settle what a webhook or a lookup told it. */
    static final Duration SETTLE = Duration.ofSeconds(15);

    private StripeSteps() {
    }

    /** A STRIPE top-up of {@code amount} EUR (asserting 201). */
    static JsonObject topup(Accounts.Session client, long amount) {
        return Payments.topup(client, "STRIPE", amount);
    }

    /** The top-up once its status is {@code status} (failing after {@code within}). */
    static JsonObject awaitStatus(Accounts.Session client, String topupId, String status, Duration within) {
        return Payments.awaitTopup(client, topupId, t -> status.equals(t.getString("status")), within);
    }

    /** The wallet's rows of one type (TOPUP, REFUND …). */
    static List<JsonObject> transactions(Accounts.Session client, String type) {
        return ok(client.get("/api/wallet/transactions?type=" + type + "&size=100")).getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ItServer.json(response);
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
