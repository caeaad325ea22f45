package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Webhook throughput and exactly-once under load (issue 17; README, "Performance"): 1,500 Stripe top-ups
 * on 10 clients, then 2,000 signed {@code checkout.session.completed} deliveries — one per top-up plus 500
 * duplicates (half the very same event again, half a second event for the same payment) — shuffled and
 * sent by 8 threads at once. Every top-up must be credited exactly once and the ledger check clean; the
 * events per second and latencies are printed, not asserted (they depend on the machine). Run with
 * {@code mvn verify -Pbenchmark -Dit.test=PaymentWebhookBenchmark}.
 */
class PaymentWebhookBenchmark {

    private static final int CLIENTS = 10;
    private static final int TOPUPS = 1_500;
    private static final int DUPLICATES = 500;
    private static final int THREADS = Integer.getInteger("bench.threads", 8);

    private record Delivery(String topupId, String payload) {
    }

    @Test
    void twoThousandShuffledSignedEventsCreditEveryTopUpOnce() throws Exception {
        ItServer.awaitSkillFast();
        StripeFake.server();
        List<Accounts.Session> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(Accounts.newUser("CLIENT"));
        }
        Map<String, Accounts.Session> owners = new HashMap<>();
        Map<String, Long> amounts = new HashMap<>();
        List<Delivery> deliveries = createTopups(clients, owners, amounts);
        Random random = new Random(17);
        List<Delivery> all = new ArrayList<>(deliveries);
        for (int i = 0; i < DUPLICATES; i++) {
            Delivery original = deliveries.get(random.nextInt(deliveries.size()));
            boolean sameEvent = i % 2 == 0;
            all.add(sameEvent ? original : new Delivery(original.topupId(),
                    StripeFake.completed(StripeFake.sessionOf(original.topupId()).orElseThrow())));
        }
        Collections.shuffle(all, random);

        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        ExecutorService senders = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        List<Future<Integer>> sent = new ArrayList<>();
        for (Delivery d : all) {
            sent.add(senders.submit(() -> {
                long t0 = System.nanoTime();
                HttpResponse<String> answer = StripeFake.deliver(d.payload());
                micros.add((System.nanoTime() - t0) / 1_000);
                return answer.statusCode();
            }));
        }
        for (Future<Integer> f : sent) {
            assertThat(f.get()).isEqualTo(200);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        senders.shutdown();
        senders.awaitTermination(1, TimeUnit.MINUTES);

        verifyCreditedOnce(clients, owners, amounts);
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf("%n== Payment webhook benchmark: %d signed events (%d top-ups, %d duplicates), %d threads%n",
                all.size(), TOPUPS, DUPLICATES, THREADS);
        System.out.printf("| events/s | p50 ms | p95 ms | p99 ms | max ms |%n");
        System.out.printf("| %8.0f | %6.1f | %6.1f | %6.1f | %6.1f |%n", all.size() / seconds, pct(sorted, 50),
                pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1) / 1000.0);
        System.out.println("Every top-up credited exactly once; ledger check: no difference.");
    }

    private static List<Delivery> createTopups(List<Accounts.Session> clients, Map<String, Accounts.Session> owners,
                                               Map<String, Long> amounts) throws Exception {
        ExecutorService creators = Executors.newFixedThreadPool(4);
        List<Future<JsonObject>> created = new ArrayList<>();
        for (int i = 0; i < TOPUPS; i++) {
            Accounts.Session client = clients.get(i % CLIENTS);
            long amount = 500 + (i % 97) * 10;
            created.add(creators.submit(() -> Payments.topup(client, "STRIPE", amount)));
        }
        List<Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < TOPUPS; i++) {
            JsonObject topup = created.get(i).get();
            String id = topup.getString("id");
            owners.put(id, clients.get(i % CLIENTS));
            amounts.put(id, topup.getJsonNumber("amount").longValue());
            var session = StripeFake.sessionOf(id).orElseThrow();
            StripeFake.payWithoutWebhook(session); // paid on the hosted page; the webhooks below tell the server
            deliveries.add(new Delivery(id, StripeFake.completed(session)));
        }
        creators.shutdown();
        return deliveries;
    }

    private static void verifyCreditedOnce(List<Accounts.Session> clients, Map<String, Accounts.Session> owners,
                                           Map<String, Long> amounts) {
        Map<Accounts.Session, Long> expected = new HashMap<>();
        owners.forEach((id, client) -> expected.merge(client, amounts.get(id), Long::sum));
        for (Accounts.Session client : clients) {
            assertThat(Billing.balance(client)).isEqualTo(expected.get(client));
            HttpResponse<String> credits = client.get("/api/wallet/transactions?type=TOPUP&size=1");
            assertThat(ItServer.json(credits).getJsonNumber("total").longValue()).isEqualTo(TOPUPS / CLIENTS);
        }
        owners.forEach((id, client) -> assertThat(Payments.get(client, id).getString("status")).isEqualTo("SUCCEEDED"));
        assertThat(Billing.ledgerDifferences()).isEmpty();
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }
}
