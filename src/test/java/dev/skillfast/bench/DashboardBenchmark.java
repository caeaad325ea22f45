package dev.skillfast.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import dev.skillfast.billing.domain.AccountIds;
import dev.skillfast.billing.domain.EntryStatus;
import dev.skillfast.billing.domain.EntryType;
import dev.skillfast.billing.domain.JournalEntry;
import dev.skillfast.billing.domain.Posting;
import dev.skillfast.billing.store.JournalStore;
import dev.skillfast.billing.store.SessionBillingStore;
import dev.skillfast.experts.domain.Channel;
import dev.skillfast.it.Accounts;
import dev.skillfast.it.ClusterNodes;
import dev.skillfast.it.ItServer;
import dev.skillfast.reviews.domain.Review;
import dev.skillfast.reviews.store.ReviewStore;
import dev.skillfast.sessions.domain.EndReason;
import dev.skillfast.sessions.domain.FundedBy;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.Settlement;
import dev.skillfast.sessions.domain.Tariff;
import dev.skillfast.sessions.store.SessionStore;

/**
 * Dashboard benchmark (not a test; issue 22; {@code mvn verify -Pbenchmark -Dit.test=DashboardBenchmark}).
 * Starts the cluster servers on the embedded store (mongo-java-server, H2 backend, in this JVM), writes a
 * year of history straight into their database with the application's own stores: {@code bench.sessions}
 * (100,000) settled sessions between 200 experts and 5,000 clients, one review per third session, and
 * {@code bench.journal} (1,000,000) journal entries (the sessions' unit charges); then counts the history
 * into the dashboards once ({@code POST /api/admin/dashboard/rebuild}, timed) and times 200 reads of each
 * dashboard: the administrators' last 30 days and last 366 days, an expert's 12 and 52 weeks, a client's
 * 12 months. Prints p50/p95/p99 per dashboard; the goal is p95 ≤ 300 ms.
 */
class DashboardBenchmark {

    private static final int EXPERTS = 200;
    private static final int CLIENTS = 5_000;
    private static final int THREADS = 4;
    private static final int READS = 200;
    private static final Instant NOW = Instant.now();

    @Test
    void dashboardsOverAYearOfHistory() throws Exception {
        int sessions = Integer.getInteger("bench.sessions", 100_000);
        int journal = Integer.getInteger("bench.journal", 1_000_000);
        try (ClusterNodes nodes = ClusterNodes.start(); MongoClient mongo = MongoClients.create(nodes.mongodbUri())) {
            URI base = nodes.a();
            Accounts.Session expert = Accounts.newUser(base, "EXPERT");
            Accounts.Session client = Accounts.newUser(base, "CLIENT");
            MongoDatabase db = mongo.getDatabase("skillfast");
            long started = System.nanoTime();
            seedSessions(db, sessions, expert.userId(), client.userId());
            System.out.printf("seeded %,d sessions in %.0f s%n", sessions, (System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            seedJournal(db, journal, sessions);
            System.out.printf("seeded %,d journal entries in %.0f s%n", journal, (System.nanoTime() - started) / 1e9);

            Accounts.Session admin = Accounts.admin(base);
            started = System.nanoTime();
            HttpResponse<String> rebuilt = ItServer.send(HttpRequest.newBuilder(base.resolve("/api/admin/dashboard/rebuild"))
                    .timeout(Duration.ofHours(1)).header("Authorization", "Bearer " + admin.accessToken())
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);
            System.out.printf("rebuild counted %s in %.0f s%n", rebuilt.body(), (System.nanoTime() - started) / 1e9);

            admin = Accounts.admin(base);
            Accounts.Session anExpert = Accounts.signIn(base, expert.email(), Accounts.PASSWORD);
            Accounts.Session aClient = Accounts.signIn(base, client.email(), Accounts.PASSWORD);
            String yearAgo = LocalDate.now(ZoneOffset.UTC).minusDays(365).toString();
            String weeksAgo = LocalDate.now(ZoneOffset.UTC).minusWeeks(51).toString();
            List<String> rows = new ArrayList<>();
            rows.add(time("admin, last 30 days", admin, "/api/admin/dashboard"));
            rows.add(time("admin, last 366 days", admin, "/api/admin/dashboard?from=" + yearAgo));
            rows.add(time("expert, 12 weeks", anExpert, "/api/me/dashboard/expert"));
            rows.add(time("expert, 52 weeks", anExpert, "/api/me/dashboard/expert?from=" + weeksAgo));
            rows.add(time("client, 12 months", aClient, "/api/me/dashboard/client"));
            System.out.printf("%nDashboard benchmark: %,d sessions, %,d journal entries, %d experts, %,d clients; "
                    + "embedded store (mongo-java-server + H2)%n", sessions, journal, EXPERTS, CLIENTS);
            System.out.println("| dashboard | p50 ms | p95 ms | p99 ms | max ms |");
            System.out.println("|---|---|---|---|---|");
            rows.forEach(System.out::println);
        }
    }

    /** 200 sequential reads (after 20 to warm up), as a row of the table. */
    private static String time(String label, Accounts.Session who, String path) {
        for (int i = 0; i < 20; i++) {
            assertThat(who.get(path).statusCode()).isEqualTo(200);
        }
        long[] millis = new long[READS];
        for (int i = 0; i < READS; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = who.get(path);
            millis[i] = (System.nanoTime() - t) / 1_000_000;
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
        java.util.Arrays.sort(millis);
        return String.format("| %s | %d | %d | %d | %d |", label, millis[READS / 2], millis[READS * 95 / 100],
                millis[READS * 99 / 100], millis[READS - 1]);
    }

    /**
     * Sessions spread over the last 365 days, written as the application writes them (requested, accepted,
     * ended, settled). Each thread owns a share of the experts and clients: one open session each at a time.
     */
    private static void seedSessions(MongoDatabase db, int count, String expertId, String clientId) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            work.add(pool.submit(() -> {
                SessionStore store = new SessionStore(db);
                SessionBillingStore billing = new SessionBillingStore(db);
                ReviewStore reviews = new ReviewStore(db);
                Random random = new Random(thread);
                for (int i = thread; i < count; i += THREADS) {
                    String expert = i % EXPERTS == 0 ? expertId : "bench-expert-" + (i % EXPERTS);
                    String client = i % CLIENTS == 0 ? clientId : "bench-client-" + (i % CLIENTS);
                    Channel channel = Channel.values()[random.nextInt(3)];
                    long seconds = 60 + random.nextInt(19 * 60);
                    Instant ended = NOW.minus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
                    Instant startedAt = ended.minusSeconds(seconds);
                    Instant requested = startedAt.minusSeconds(5 + random.nextInt(60));
                    String id = "bench-" + i;
                    store.insertRequested(id, new Session.Party(client, "Client " + client, null, 0, null),
                            new Session.Party(expert, "Expert " + expert, null, 0, null), channel, FundedBy.WALLET,
                            requested, requested.plusSeconds(120));
                    Tariff tariff = new Tariff(100, "EUR", 0, 2_000, 60);
                    store.accept(id, expert, startedAt, tariff);
                    store.end(id, EndReason.CLIENT, ended);
                    long units = (seconds + 59) / 60;
                    billing.settle(id, new Settlement(seconds, units, 0, units, units * 100, units * 80, units * 20, "EUR", ended));
                    if (i % 3 == 0) {
                        reviews.insert(new Review(UUID.randomUUID().toString(), id, expert, client, "Client", 1 + random.nextInt(5),
                                "", ended, ended, null, false, null, 1));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
    }

    /** Unit charges of the seeded sessions (ten per session on average), in batches of 1,000. */
    private static void seedJournal(MongoDatabase db, int count, int sessions) {
        JournalStore store = new JournalStore(db);
        List<JournalEntry> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int session = i % sessions;
            long unit = i / sessions;
            String client = "bench-client-" + (session % CLIENTS);
            String expert = "bench-expert-" + (session % EXPERTS);
            batch.add(new JournalEntry(UUID.randomUUID().toString(), "charge:bench-" + session + ":" + unit, EntryType.SESSION_CHARGE,
                    "EUR", List.of(new Posting(AccountIds.wallet(client, "EUR"), -100), new Posting(AccountIds.earnings(expert, "EUR"), 80),
                            new Posting(AccountIds.commission("EUR"), 20)),
                    "bench-" + session, unit, null, null, EntryStatus.APPLIED, NOW.minus(Duration.ofMinutes(i % (365 * 24 * 60)))));
            if (batch.size() == 1_000) {
                store.insertAll(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            store.insertAll(batch);
        }
    }
}
