package dev.skillfast.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.Test;

import dev.skillfast.it.Accounts;
import dev.skillfast.it.ItServer;

/**
 * Billing sweep benchmark (not a test; {@code mvn verify -Pbenchmark -Dit.test=BillingBenchmark}): opens
 * {@code bench.sessions} (10,000) ACTIVE chat sessions between synthetic clients and experts, then times
 * the billing sweep (the benchmark profile turns the timer off and drives sweeps through
 * {@code POST /api/admin/billing/sweep}, which answers how long it took and how many units it charged,
 * every 5 s from the start, as the timer would):
 * <ol>
 *   <li>steady state: the sweeps of one whole billing unit once every session is open, so every session's
 *       next unit comes due once, spread as the sessions' start times are;</li>
 *   <li>worst case: every session's next unit due in the same sweep.</li>
 * </ol>
 * Afterwards every session is ended and the experts made unavailable again are restored, and the
 * ledger check must report no difference.
 */
class BillingBenchmark {

    private static final Duration SWEEP_EVERY = Duration.ofSeconds(5);
    private SyntheticUsers synthetic;
    private final HttpClient ws = HttpClient.newHttpClient();
    /**
     * Pairs whose client and expert stay connected (both "seen", so their sessions also get the sweep's
     * seen refresh and live billing.tick frames); the others' experts disconnect after accepting. Capped by
     * the open-files limit: this process and the server each hold two sockets per connected pair.
     */
    private final int connectedPairs = Integer.getInteger("bench.connected", 4_500);
    private final List<WebSocket> held = Collections.synchronizedList(new ArrayList<>());

    private record Active(SyntheticUsers.User client, String sessionId, Instant startedAt) {
    }

    @Test
    void sweepTimeWithTenThousandActiveSessions() throws Exception {
        ItServer.awaitSkillFast();
        int wanted = Integer.getInteger("bench.sessions", 10_000);
        synthetic = new SyntheticUsers();
        Accounts.Session admin = Accounts.admin();
        List<SyntheticUsers.User> clients = synthetic.list(admin, "CLIENT", wanted);
        List<SyntheticUsers.User> experts = synthetic.list(admin, "EXPERT", wanted);
        List<String> madeAvailable = Collections.synchronizedList(new ArrayList<>());
        Duration unit = Duration.ofSeconds(Integer.getInteger("skillfast.it.billing.unit-seconds", 60));
        // sweeps run every 5 s from the start, as the timer would, so no backlog builds up while the
        // sessions are being opened and their units come due spread over the unit, as in production
        List<JsonObject> sweeps = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        timer.scheduleAtFixedRate(() -> {
            try {
                sweeps.add(sweep());
            } catch (RuntimeException | AssertionError e) {
                System.out.println("sweep failed: " + e);
            }
        }, 0, SWEEP_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        List<Active> sessions = List.of();
        try {
            sessions = open(clients, experts, madeAvailable);
            System.out.printf("%n== Billing benchmark: %d ACTIVE sessions (unit %s), %d with both participants connected%n",
                    sessions.size(), unit, Math.min(connectedPairs, sessions.size()));
            // steady state: one whole unit of sweeps with every session open, so each session's next unit
            // comes due in exactly one of them
            int before = sweeps.size();
            Thread.sleep(unit.plus(SWEEP_EVERY).toMillis());
            List<JsonObject> steady = List.copyOf(sweeps.subList(before, sweeps.size()));
            timer.shutdown();
            timer.awaitTermination(5, TimeUnit.MINUTES);
            // worst case: no sweep for one whole unit, then one sweep charges every session's next unit
            Thread.sleep(unit.plusSeconds(1).toMillis());
            JsonObject all = sweep();
            JsonObject next = sweep();

            long charges = steady.stream().mapToLong(r -> r.getJsonNumber("charges").longValue()).sum();
            long maxMillis = steady.stream().mapToLong(r -> r.getJsonNumber("millis").longValue()).max().orElse(0);
            double avgMillis = steady.stream().mapToLong(r -> r.getJsonNumber("millis").longValue()).average().orElse(0);
            JsonObject busiest = steady.stream()
                    .max(Comparator.comparingLong((JsonObject r) -> r.getJsonNumber("charges").longValue())).orElseThrow();
            double avgRead = steady.stream().mapToLong(r -> r.getJsonNumber("readMillis").longValue()).average().orElse(0);
            double avgSeen = steady.stream().mapToLong(r -> r.getJsonNumber("seen").longValue()).average().orElse(0);
            System.out.printf("| %-46s | %8s | %8s | %8s | %10s | %18s |%n", "sweep", "sessions", "charges", "seen",
                    "read ms", "ms");
            System.out.printf("| %-46s | %8d | %8d | %8s | %10s | %18s |%n",
                    "steady state (" + steady.size() + " sweeps, 5 s apart)", sessions.size(), charges,
                    String.format("avg %.0f", avgSeen), String.format("avg %.0f", avgRead),
                    String.format("avg %.0f, max %d", avgMillis, maxMillis));
            row("steady state, busiest sweep", busiest);
            for (int i = 0; i < steady.size(); i++) {
                row("steady state, sweep " + (i + 1), steady.get(i));
            }
            row("every session due at once", all);
            row("the sweep right after that one", next);
            long allMillis = Math.max(1, all.getJsonNumber("millis").longValue());
            System.out.printf("Charges written per second (all due at once): %d%n",
                    all.getJsonNumber("charges").longValue() * 1000 / allMillis);
        } finally {
            timer.shutdownNow();
            held.forEach(WebSocket::abort);
            close(sessions, madeAvailable);
        }
        HttpResponse<String> check = synthetic.send(Accounts.admin().accessToken(), "GET", "/api/admin/ledger/check", null);
        assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
        JsonObject report = ItServer.json(check);
        System.out.printf("Ledger check: %d accounts, %d entries, %d differences%n%n", report.getInt("accounts"),
                report.getJsonNumber("entries").longValue(), report.getJsonArray("differences").size());
        assertThat(report.getJsonArray("differences")).isEmpty();
    }

    private static void row(String label, JsonObject r) {
        System.out.printf("| %-46s | %8d | %8d | %8d | %10d | %18d |%n", label, r.getInt("sessions"),
                r.getJsonNumber("charges").longValue(), r.getInt("seen"), r.getJsonNumber("readMillis").longValue(),
                r.getJsonNumber("millis").longValue());
    }

    private JsonObject sweep() {
        HttpResponse<String> swept = synthetic.send(Accounts.cachedAdmin().accessToken(), "POST", "/api/admin/billing/sweep", null);
        assertThat(swept.statusCode()).as(swept.body()).isEqualTo(200);
        return ItServer.json(swept);
    }

    /**
     * Pairs each client with an expert: the expert is made available if needed, connects (so it is
     * ONLINE), the client requests, the expert accepts and disconnects (the session stays ACTIVE: the
     * benchmark profile's disconnect grace is an hour).
     */
    private List<Active> open(List<SyntheticUsers.User> clients, List<SyntheticUsers.User> experts,
                              List<String> madeAvailable) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger cursor = new AtomicInteger();
        List<Future<Active>> futures = new ArrayList<>();
        for (SyntheticUsers.User client : clients) {
            futures.add(pool.submit(() -> {
                int next = cursor.getAndIncrement();
                if (next >= experts.size()) {
                    return null;
                }
                SyntheticUsers.User expert = experts.get(next);
                if (makeAvailable(expert)) {
                    madeAvailable.add(expert.token());
                }
                WebSocket line = connect(expert);
                boolean stay = next < connectedPairs;
                if (stay) {
                    held.add(line);
                    held.add(connect(client));
                }
                try {
                    HttpResponse<String> requested = synthetic.send(client.token(), "POST", "/api/sessions",
                            "{\"expertId\":\"" + expert.id() + "\",\"channel\":\"CHAT\"}");
                    assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
                    String id = ItServer.json(requested).getString("id");
                    HttpResponse<String> accepted = synthetic.send(expert.token(), "POST", "/api/sessions/" + id + "/accept", null);
                    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
                    return new Active(client, id, Instant.parse(ItServer.json(accepted).getString("startedAt")));
                } finally {
                    if (!stay) {
                        line.abort();
                    }
                }
            }));
        }
        List<Active> opened = new ArrayList<>();
        for (Future<Active> f : futures) {
            Active a = f.get(30, TimeUnit.MINUTES);
            if (a != null) {
                opened.add(a);
            }
        }
        pool.shutdown();
        return opened;
    }

    /** Turns the expert's "available" switch on; true when it was off. */
    private boolean makeAvailable(SyntheticUsers.User expert) {
        return setAvailable(expert.token(), true);
    }

    private boolean setAvailable(String token, boolean available) {
        JsonObject profile = ItServer.json(synthetic.send(token, "GET", "/api/experts/me", null));
        if (profile.getBoolean("available") == available) {
            return false;
        }
        JsonObjectBuilder body = Json.createObjectBuilder();
        for (String field : List.of("headline", "bio", "skills", "categories", "languages", "timeZone", "currency", "rates",
                "freeMinutes")) {
            if (profile.containsKey(field) && !profile.isNull(field)) {
                body.add(field, profile.get(field));
            }
        }
        body.add("available", available);
        HttpResponse<String> saved = synthetic.send(token, "PUT", "/api/experts/me", body.build().toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        return true;
    }

    private WebSocket connect(SyntheticUsers.User user) {
        HttpResponse<String> ticket = synthetic.send(user.token(), "POST", "/api/ws-ticket", null);
        assertThat(ticket.statusCode()).as(ticket.body()).isEqualTo(201);
        URI uri = URI.create("ws://localhost:" + ItServer.httpPort() + "/ws?ticket=" + ItServer.json(ticket).getString("ticket"));
        // wait for the welcome frame: presence is ONLINE once the server has registered the connection
        java.util.concurrent.CompletableFuture<Void> welcomed = new java.util.concurrent.CompletableFuture<>();
        WebSocket socket = ws.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
            @Override
            public java.util.concurrent.CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                welcomed.complete(null);
                webSocket.request(1);
                return null;
            }
        }).join();
        welcomed.orTimeout(20, TimeUnit.SECONDS).join();
        return socket;
    }

    private void close(List<Active> sessions, List<String> madeAvailable) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (Active a : sessions) {
            work.add(pool.submit(() -> synthetic.send(a.client().token(), "POST", "/api/sessions/" + a.sessionId() + "/end", null)));
        }
        for (String token : madeAvailable) {
            work.add(pool.submit(() -> setAvailable(token, false)));
        }
        for (Future<?> f : work) {
            f.get(30, TimeUnit.MINUTES);
        }
        pool.shutdown();
    }
}
