package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Per-unit billing against the running server, whose billing unit is 3 s and whose timer sweeps every
 * second: exact charges, the funds cut-off, racing sweeps, the minimum balance, grants, wallet and
 * earnings. Units are charged at their start, and the end charges every unit that started before it,
 * so the counts below do not depend on when the timer happens to run; where a test ends a session at a
 * moment of its choosing, the units expected follow from the session's actual start and end (a loaded
 * machine may end it later than aimed), never from the aim.
 */
class BillingIT {

    private static final long RATE = 100; // LiveSessions.expert's CHAT rate; its first unit is free

    @Test
    void aSessionOfThreeUnitsChargesExactlyThreeAndBothSeeTheMeterAndTheReceipt() {
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        Accounts.Session client = LiveSessions.client(10_000);
        try (LiveClient expertLine = LiveClient.connect(expert); LiveClient clientLine = LiveClient.connect(client)) {
            String id = LiveSessions.active(client, expert, "CHAT");
            JsonObject active = Billing.session(client, id);
            JsonObject billing = active.getJsonObject("billing");
            assertThat(billing.getJsonNumber("rate").longValue()).isEqualTo(RATE);
            assertThat(billing.getString("currency")).isEqualTo("EUR");
            assertThat(billing.getInt("unitSeconds")).isEqualTo((int) Billing.UNIT.toSeconds());
            assertThat(billing.getJsonNumber("unitsBilled").longValue()).isEqualTo(1);
            assertThat(active.isNull("settlement")).isTrue();
            assertThat(Accounts.cachedAdmin().get("/api/sessions/" + id + "/receipt").statusCode()).isEqualTo(409);

            Instant startedAt = Instant.parse(active.getString("startedAt"));
            // units start at 0, 1 and 2 units; end half-way through the third (a slow machine may end later: the
            // expectations below follow from the session's actual start and end, not from this aim)
            Billing.sleepUntil(startedAt.plus(Billing.UNIT.multipliedBy(5).dividedBy(2)));
            JsonObject tick = clientLine.await("billing.tick", t -> t.getJsonNumber("minutes").longValue() >= 2);
            long ticked = tick.getJsonNumber("minutes").longValue();
            assertThat(tick.getString("sessionId")).isEqualTo(id);
            assertThat(tick.getJsonNumber("freeMinutes").longValue()).isEqualTo(1);
            assertThat(tick.getJsonNumber("cost").longValue()).isEqualTo((ticked - 1) * RATE);
            assertThat(tick.getJsonNumber("balance").longValue()).isEqualTo(10_000 - (ticked - 1) * RATE);
            expertLine.await("billing.tick", t -> t.getJsonNumber("minutes").longValue() >= 2);
            assertThat(LiveSessions.act(client, id, "end").statusCode()).isEqualTo(200);

            JsonObject receipt = Billing.receipt(expert, id);
            long units = Billing.unitsStarted(receipt);
            long paid = units - 1;
            assertThat(units).as("units started between the start and the end").isGreaterThanOrEqualTo(3);
            assertThat(receipt.getJsonNumber("unitsBilled").longValue()).isEqualTo(units);
            assertThat(receipt.getJsonNumber("freeUnits").longValue()).isEqualTo(1);
            assertThat(receipt.getJsonNumber("paidUnits").longValue()).isEqualTo(paid);
            assertThat(receipt.getJsonNumber("total").longValue()).isEqualTo(paid * RATE);
            assertThat(receipt.getJsonNumber("commission").longValue()).isEqualTo(paid * 20);
            assertThat(receipt.getJsonNumber("expertEarning").longValue()).isEqualTo(paid * 80);
            assertThat(Billing.receipt(client, id)).isEqualTo(receipt);
            assertThat(Billing.session(client, id).getJsonObject("settlement").getJsonNumber("total").longValue())
                    .isEqualTo(paid * RATE);
            assertThat(Billing.balance(client)).isEqualTo(10_000 - paid * RATE);
            List<JsonObject> charges = Billing.charges(client, id);
            assertThat(charges).extracting(c -> c.getJsonNumber("unitIndex").longValue())
                    .containsExactlyInAnyOrderElementsOf(LongStream.range(1, units).boxed().toList());
            assertThat(charges).allSatisfy(c -> assertThat(c.getJsonNumber("amount").longValue()).isEqualTo(-RATE));

            HttpResponse<String> earnings = expert.get("/api/earnings");
            assertThat(earnings.statusCode()).as(earnings.body()).isEqualTo(200);
            JsonObject mine = ItServer.json(earnings);
            assertThat(mine.getJsonNumber("available").longValue()).isEqualTo(paid * 80);
            assertThat(mine.getJsonNumber("lifetime").longValue()).isEqualTo(paid * 80);
            JsonObject row = mine.getJsonObject("sessions").getJsonArray("items").getJsonObject(0);
            assertThat(row.getString("sessionId")).isEqualTo(id);
            assertThat(row.getJsonNumber("earned").longValue()).isEqualTo(paid * 80);
            assertThat(client.get("/api/earnings").statusCode()).isEqualTo(403);
            assertThat(Accounts.newUser("CLIENT").get("/api/sessions/" + id + "/receipt").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void whenTheMoneyRunsOutBalanceLowComesFirstThenTheSessionEndsForFundsAtZero() {
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        Accounts.Session client = LiveSessions.client(2 * RATE);
        try (LiveClient expertLine = LiveClient.connect(expert); LiveClient clientLine = LiveClient.connect(client)) {
            String id = LiveSessions.active(client, expert, "CHAT");
            Instant startedAt = Instant.parse(Billing.session(client, id).getString("startedAt"));
            // unit 0 is free, 1 and 2 are paid (200); unit 3 is not: the warning comes with unit 2, the end at unit 3's start
            JsonObject low = clientLine.await("balance.low", l -> id.equals(l.getString("sessionId")));
            assertThat(low.getJsonNumber("balance").longValue()).isZero();
            assertThat(Instant.parse(low.getString("endsAt"))).isEqualTo(startedAt.plus(Billing.UNIT.multipliedBy(3)));
            expertLine.await("balance.low", l -> id.equals(l.getString("sessionId")));
            JsonObject ended = clientLine.await("session.ended", e -> id.equals(e.getString("sessionId")));
            assertThat(ended.getJsonObject("session").getString("endReason")).isEqualTo("FUNDS");
            assertThat(Instant.parse(ended.getJsonObject("session").getString("endedAt")))
                    .isEqualTo(startedAt.plus(Billing.UNIT.multipliedBy(3)));
            JsonObject receipt = Billing.receipt(client, id);
            assertThat(receipt.getJsonNumber("paidUnits").longValue()).isEqualTo(2);
            assertThat(Billing.balance(client)).isZero();
            assertThat(Billing.charges(client, id)).hasSize(2);
        }
    }

    @Test
    void sweepsRacingEachOtherAndTheTimerChargeEachUnitOnce() throws Exception {
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        Accounts.Session client = LiveSessions.client(10_000);
        Accounts.Session admin = Accounts.cachedAdmin();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try (LiveClient expertLine = LiveClient.connect(expert); LiveClient clientLine = LiveClient.connect(client)) {
            String id = LiveSessions.active(client, expert, "CHAT");
            Instant startedAt = Instant.parse(Billing.session(client, id).getString("startedAt"));
            Instant until = startedAt.plus(Billing.UNIT.multipliedBy(7).dividedBy(2));
            List<CompletableFuture<Void>> racers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                racers.add(CompletableFuture.runAsync(() -> {
                    while (Instant.now().isBefore(until)) {
                        HttpResponse<String> sweep = CatalogueIT.send(admin, "POST", "/api/admin/billing/sweep", null);
                        assertThat(sweep.statusCode()).as(sweep.body()).isEqualTo(200);
                    }
                }, pool));
            }
            CompletableFuture.allOf(racers.toArray(CompletableFuture[]::new)).join();
            assertThat(LiveSessions.act(client, id, "end").statusCode()).isEqualTo(200);
            // the racers ran until 3.5 units in; the end comes whenever a loaded machine gets to it: the units
            // expected follow from the actual start and end
            JsonObject receipt = Billing.receipt(client, id);
            long units = Billing.unitsStarted(receipt);
            assertThat(units).isGreaterThanOrEqualTo(4);
            assertThat(receipt.getJsonNumber("unitsBilled").longValue()).isEqualTo(units);
            assertThat(Billing.charges(client, id)).extracting(c -> c.getJsonNumber("unitIndex").longValue())
                    .containsExactlyInAnyOrderElementsOf(LongStream.range(1, units).boxed().toList());
            assertThat(Billing.balance(client)).isEqualTo(10_000 - (units - 1) * RATE);
            assertThat(Billing.ledgerDifferences()).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void startingNeedsTheFirstTwoMinutesCoveredAnd402SaysHowMuchIsMissing() {
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        Accounts.Session client = LiveSessions.client(50);
        try (LiveClient expertLine = LiveClient.connect(expert)) {
            HttpResponse<String> refused = LiveSessions.request(client, expert.userId(), "CHAT");
            assertThat(refused.statusCode()).isEqualTo(402);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            JsonObject problem = ItServer.json(refused);
            assertThat(problem.getString("type")).isEqualTo("urn:skillfast:problem:payment-required");
            // two minutes, the first of them free: one paid minute is needed
            assertThat(problem.getJsonObject("missing").getJsonNumber("amount").longValue()).isEqualTo(RATE - 50);
            assertThat(problem.getJsonObject("missing").getString("currency")).isEqualTo("EUR");
            assertThat(problem.getString("detail")).contains("0.50 EUR");
            LiveSessions.grant(client.userId(), 50);
            assertThat(LiveSessions.request(client, expert.userId(), "CHAT").statusCode()).isEqualTo(201);
        }
    }

    @Test
    void grantsAreForAdminsValidatedAndIdempotentAndTheWalletListsThem() {
        Accounts.Session client = Accounts.newUser("CLIENT");
        Accounts.Session admin = Accounts.cachedAdmin();
        String body = "{\"userId\":\"" + client.userId() + "\",\"amount\":2500,\"currency\":\"EUR\",\"reason\":\"=cmd|' /C calc'!A0, welcome\"}";
        assertThat(CatalogueIT.send(client, "POST", "/api/admin/grants", body).statusCode()).isEqualTo(403);
        assertThat(CatalogueIT.send(null, "POST", "/api/admin/grants", body).statusCode()).isEqualTo(401);

        HttpResponse<String> bad = CatalogueIT.send(admin, "POST", "/api/admin/grants",
                "{\"userId\":\"" + client.userId() + "\",\"amount\":-5,\"currency\":\"euro\",\"reason\":\"\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(ItServer.json(bad).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains("amount", "currency", "reason");
        assertThat(CatalogueIT.send(admin, "POST", "/api/admin/grants",
                "{\"userId\":\"no-such-user\",\"amount\":5,\"currency\":\"EUR\",\"reason\":\"x\"}").statusCode()).isEqualTo(404);

        for (int i = 0; i < 2; i++) {
            HttpResponse<String> granted = ItServer.send(admin.request("/api/admin/grants").header("Content-Type", "application/json")
                    .header("Idempotency-Key", "welcome-" + client.userId())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
            assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
            assertThat(ItServer.json(granted).getJsonNumber("balance").longValue()).isEqualTo(2500);
        }
        assertThat(Billing.balance(client)).isEqualTo(2500);
        JsonObject wallet = ItServer.json(client.get("/api/wallet"));
        assertThat(wallet.getString("currency")).isEqualTo("EUR");
        JsonObject page = ItServer.json(client.get("/api/wallet/transactions?type=GRANT"));
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
        JsonObject row = page.getJsonArray("items").getJsonObject(0);
        assertThat(row.getJsonNumber("amount").longValue()).isEqualTo(2500);
        assertThat(row.isNull("sessionId")).isTrue();
        assertThat(ItServer.json(client.get("/api/wallet/transactions?type=SESSION_CHARGE")).getJsonNumber("total").longValue()).isZero();
        assertThat(ItServer.json(client.get("/api/wallet/transactions?from=2000-01-01&to=2000-01-02")).getJsonNumber("total").longValue()).isZero();
        assertThat(client.get("/api/wallet/transactions?from=yesterday").statusCode()).isEqualTo(400);
        assertThat(client.get("/api/wallet/transactions?type=GIFT").statusCode()).isEqualTo(400);

        HttpResponse<String> csv = client.get("/api/wallet/transactions.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,createdAt,type,amount,currency,sessionId,minute,reason");
        assertThat(lines).hasSize(2);
        // a formula-looking reason is neutralised and quoted, its comma kept inside the field
        assertThat(lines.get(1)).contains(",GRANT,25.00,EUR,,,\"'=cmd|' /C calc'!A0, welcome\"");
    }
}
