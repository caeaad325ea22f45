package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

/** Fixtures for billing tests: the test server's billing unit, wallets, receipts, the ledger check. */
final class Billing {

    /** The test server's billing unit (3 s instead of a minute). */
    static final Duration UNIT = Duration.ofSeconds(Integer.getInteger("skillfast.it.billing.unit-seconds", 3));

    private Billing() {
    }

    static long balance(Accounts.Session who) {
        HttpResponse<String> wallet = who.get("/api/wallet?currency=EUR");
        assertThat(wallet.statusCode()).as(wallet.body()).isEqualTo(200);
        return ItServer.json(wallet).getJsonNumber("balance").longValue();
    }

    static JsonObject session(Accounts.Session who, String sessionId) {
        HttpResponse<String> session = who.get("/api/sessions/" + sessionId);
        assertThat(session.statusCode()).as(session.body()).isEqualTo(200);
        return ItServer.json(session);
    }

    /** The session's receipt once it is settled (settlement follows the end within moments). */
    static JsonObject receipt(Accounts.Session who, String sessionId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            HttpResponse<String> receipt = who.get("/api/sessions/" + sessionId + "/receipt");
            if (receipt.statusCode() == 200) {
                return ItServer.json(receipt);
            }
            assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(409);
            assertThat(System.nanoTime()).as("receipt of " + sessionId + " in time").isLessThan(deadline);
            pause(Duration.ofMillis(200));
        }
    }

    /**
     * How many units started between a receipt's start and end: the units a session that ran then is
     * billed, free ones included (one at least; a session ending exactly on a boundary does not start the next).
     */
    static long unitsStarted(JsonObject receipt) {
        long millis = Duration.between(Instant.parse(receipt.getString("startedAt")),
                Instant.parse(receipt.getString("endedAt"))).toMillis();
        long unit = UNIT.toMillis();
        return Math.max(1, (millis + unit - 1) / unit);
    }

    /** The wallet's SESSION_CHARGE rows for one session. */
    static List<JsonObject> charges(Accounts.Session client, String sessionId) {
        HttpResponse<String> page = client.get("/api/wallet/transactions?type=SESSION_CHARGE&size=100");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return ItServer.json(page).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(t -> sessionId.equals(t.getString("sessionId", null))).toList();
    }

    /** The ledger check's differences (asserting 200). */
    static List<JsonObject> ledgerDifferences() {
        HttpResponse<String> check = Accounts.cachedAdmin().get("/api/admin/ledger/check");
        assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
        return ItServer.json(check).getJsonArray("differences").getValuesAs(JsonObject.class);
    }

    /** Sleeps until {@code at} (server and tests share the machine's clock). */
    static void sleepUntil(Instant at) {
        Duration left = Duration.between(Instant.now(), at);
        if (!left.isNegative()) {
            pause(left);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
