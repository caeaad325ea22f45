package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * A randomised run of 200+ sessions on ten expert/client pairs at once (declines, cancels, ends by
 * either side or an administrator after random times, funds cut-offs) while money moves in and out of the
 * same wallets and earnings (demo top-ups paid, repeated and cancelled, refunds by an administrator,
 * payouts requested, paid and rejected: {@link MoneyTraffic}), about half the ended sessions paid by a cost
 * centre, then the books: the ledger check finds no difference (every entry sums to zero, every balance,
 * wallets' and cost centres' alike, matches its journal), every session's charges in its client's wallet
 * or its centre's report match its receipt, and every top-up was credited exactly once. The seed is
 * printed to replay a failure.
 */
class LedgerRandomIT {

    private static final long RATE = 100;
    private static final int PAIRS = 10;
    private static final int SESSIONS_PER_PAIR = 21;

    /** @param centre the cost centre that paid, or null for the client's wallet */
    private record Outcome(Accounts.Session client, String sessionId, String kind, String centre) {
    }

    @Test
    void twoHundredRandomSessionsLeaveTheBooksBalanced() throws Exception {
        long seed = Long.getLong("skillfast.it.seed", System.nanoTime());
        System.out.println("LedgerRandomIT seed " + seed + " (-Dskillfast.it.seed=" + seed + " replays it)");
        ExecutorService pool = Executors.newFixedThreadPool(2 * PAIRS);
        List<MoneyTraffic> money = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Outcome> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger requested = new AtomicInteger();
        try {
            List<Future<?>> pairs = new ArrayList<>();
            for (int p = 0; p < PAIRS; p++) {
                Random random = new Random(seed + p);
                Random moneyRandom = new Random(seed - p - 1);
                pairs.add(pool.submit(() -> {
                    runPair(random, outcomes, requested, moneyRandom, money, pool);
                    return null;
                }));
            }
            for (Future<?> pair : pairs) {
                pair.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(requested.get()).isGreaterThanOrEqualTo(200);

        int ran = 0;
        int cutOff = 0;
        int byCentre = 0;
        for (Outcome outcome : outcomes) {
            if (outcome.kind().equals("declined") || outcome.kind().equals("cancelled")) {
                assertThat(Billing.session(outcome.client(), outcome.sessionId()).isNull("billing")).isTrue();
                continue;
            }
            ran++;
            JsonObject receipt = Billing.receipt(outcome.client(), outcome.sessionId());
            List<JsonObject> charges = Billing.charges(outcome.client(), outcome.sessionId());
            if (outcome.centre() != null) {
                byCentre++;
                assertThat(charges).as("a centre's session charges no wallet").isEmpty();
                assertThat(centreCharge(outcome)).isEqualTo(receipt.getJsonNumber("total").longValue());
            } else {
                assertThat(charges).hasSize((int) receipt.getJsonNumber("paidUnits").longValue());
                assertThat(charges.stream().mapToLong(c -> -c.getJsonNumber("amount").longValue()).sum())
                        .isEqualTo(receipt.getJsonNumber("total").longValue());
            }
            assertThat(receipt.getJsonNumber("expertEarning").longValue() + receipt.getJsonNumber("commission").longValue())
                    .isEqualTo(receipt.getJsonNumber("total").longValue());
            if (outcome.kind().equals("funds")) {
                cutOff++;
                assertThat(Billing.session(outcome.client(), outcome.sessionId()).getString("endReason")).isEqualTo("FUNDS");
                assertThat(Billing.balance(outcome.client())).isBetween(0L, RATE - 1);
            }
        }
        assertThat(ran).isPositive();
        assertThat(byCentre).isPositive();
        assertThat(cutOff).isPositive();
        money.forEach(MoneyTraffic::assertCreditedOnce);
        assertThat(money.stream().mapToInt(MoneyTraffic::topupsPaid).sum()).isPositive();
        assertThat(Billing.ledgerDifferences()).isEmpty();
    }

    private static void runPair(Random random, List<Outcome> outcomes, AtomicInteger requested, Random moneyRandom,
                                List<MoneyTraffic> money, ExecutorService pool) throws Exception {
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        Accounts.Session client = LiveSessions.client(1_000_000);
        String centre = CostCentres.create(1_000_000, null, List.of(), client);
        MoneyTraffic traffic = new MoneyTraffic(moneyRandom, client, expert);
        money.add(traffic);
        Future<?> moving = pool.submit(traffic::run);
        try (LiveClient expertLine = LiveClient.connect(expert)) {
            for (int i = 0; i < SESSIONS_PER_PAIR; i++) {
                int kind = random.nextInt(6);
                Accounts.Session who = client;
                if (kind == 5) {
                    // a client who can pay two units, not three (the first is free): cut off for funds at unit 3
                    who = LiveSessions.client(2 * RATE + random.nextInt((int) RATE));
                }
                // the client is connected, as in the web app: a session nobody attends ends for DISCONNECT
                try (LiveClient attending = LiveClient.connect(who)) {
                    runSession(random, kind, who, expert, outcomes, requested, who == client ? centre : null);
                }
            }
        }
        moving.get();
    }

    private static void runSession(Random random, int kind, Accounts.Session who, Accounts.Session expert,
                                   List<Outcome> outcomes, AtomicInteger requested, String membersCentre) {
        String centre = kind >= 2 && kind <= 4 && random.nextBoolean() ? membersCentre : null;
        String id = requestWhenFree(who, expert, centre);
        requested.incrementAndGet();
        switch (kind) {
            case 0 -> {
                expectOk(LiveSessions.act(expert, id, "decline"));
                outcomes.add(new Outcome(who, id, "declined", null));
            }
            case 1 -> {
                expectOk(LiveSessions.act(who, id, "cancel"));
                outcomes.add(new Outcome(who, id, "cancelled", null));
            }
            case 5 -> {
                expectOk(LiveSessions.act(expert, id, "accept"));
                awaitEnded(who, id);
                outcomes.add(new Outcome(who, id, "funds", null));
            }
            default -> {
                expectOk(LiveSessions.act(expert, id, "accept"));
                Billing.pause(Duration.ofMillis(random.nextInt((int) Billing.UNIT.multipliedBy(2).toMillis())));
                Accounts.Session ender = kind == 2 ? who : kind == 3 ? expert : Accounts.cachedAdmin();
                HttpResponse<String> end = LiveSessions.act(ender, id, "end");
                expectOk(end);
                outcomes.add(new Outcome(who, id, "ended", centre));
            }
        }
    }

    /** Requests a session, waiting out the moment the expert is still BUSY from the last one. */
    private static String requestWhenFree(Accounts.Session client, Accounts.Session expert, String centre) {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> created = centre == null ? LiveSessions.request(client, expert.userId(), "CHAT")
                    : CostCentres.request(client, expert.userId(), centre, null, null);
            if (created.statusCode() == 201) {
                return ItServer.json(created).getString("id");
            }
            assertThat(created.statusCode()).as(created.body()).isEqualTo(409);
            assertThat(attempt).as("expert free again").isLessThan(50);
            Billing.pause(Duration.ofMillis(100));
        }
    }

    /** What the centre's report of this month says the session cost it. */
    private static long centreCharge(Outcome outcome) {
        JsonObject report = CostCentres.report(Accounts.cachedAdmin(), outcome.centre());
        long sum = report.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .mapToLong(l -> l.getJsonNumber("amount").longValue()).sum();
        assertThat(report.getJsonNumber("spent").longValue()).isEqualTo(sum);
        return report.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> outcome.sessionId().equals(l.getString("sessionId")))
                .mapToLong(l -> l.getJsonNumber("amount").longValue()).sum();
    }

    private static void awaitEnded(Accounts.Session who, String id) {
        // a deadline, not an expectation: generous, so that a loaded machine's slower sweeps do not fail it
        long deadline = System.nanoTime() + Math.max(Billing.UNIT.multipliedBy(6).toNanos(), Duration.ofSeconds(60).toNanos());
        while (!"ENDED".equals(Billing.session(who, id).getString("state"))) {
            assertThat(System.nanoTime()).as("cut off for funds in time").isLessThan(deadline);
            Billing.pause(Duration.ofMillis(250));
        }
    }

    private static void expectOk(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
