package dev.skillfast.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import dev.skillfast.it.Accounts;
import dev.skillfast.it.ItServer;

/**
 * "Ask the desk" under load, against the benchmark server (README, "Ask the desk"): 500 synthetic clients
 * connected over /ws wait in the queues of the 8 demo categories while 50 connected experts of those
 * categories pick the requests as fast as they can (pick, end the session, pick the next). Every join and
 * pick pushes the category's queue to its experts and each waiting client its position and estimated wait.
 * It reports the pick latency (p50, p95, p99 of {@code POST /api/desk/requests/{id}/pick}, which starts the
 * session) and the desk frames delivered per second, and asserts that every request was picked exactly once;
 * how many clients heard their pick ({@code desk.picked}) and how many connections the server closed (its
 * slow-consumer protection, when this load generator reads too slowly) are printed beside the figures.
 */
class DeskBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.desk.clients", 500);
    private static final int EXPERTS = Integer.getInteger("bench.desk.experts", 50);

    private final SyntheticUsers synthetic;
    private final Map<String, AtomicLong> frames = new ConcurrentHashMap<>();
    private final List<Long> pickNanos = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong closedByServer = new AtomicLong();

    DeskBenchmark() throws Exception {
        synthetic = new SyntheticUsers();
    }

    /** A connection that counts the desk frames it receives. */
    private final class Counting implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                int at = text.indexOf("\"type\":\"");
                if (at >= 0) {
                    String type = text.substring(at + 8, text.indexOf('"', at + 8));
                    frames.computeIfAbsent(type, t -> new AtomicLong()).incrementAndGet();
                }
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            closedByServer.incrementAndGet();
            return null;
        }
    }

    private WebSocket connect(SyntheticUsers.User user) {
        HttpResponse<String> ticket = synthetic.send(user.token(), "POST", "/api/ws-ticket", null);
        assertThat(ticket.statusCode()).as(ticket.body()).isEqualTo(201);
        URI ws = URI.create("ws://" + ItServer.base().getRawAuthority() + "/ws?ticket="
                + ItServer.json(ticket).getString("ticket"));
        return ItServer.http().newWebSocketBuilder().buildAsync(ws, new Counting()).join();
    }

    @Test
    void fiveHundredClientsWaitingInEightQueuesAndFiftyExpertsPicking() throws Exception {
        Accounts.Session admin = Accounts.cachedAdmin();
        Map<String, List<SyntheticUsers.User>> expertsByCategory = new ConcurrentHashMap<>();
        int taken = 0;
        for (SyntheticUsers.User expert : synthetic.list(admin, "EXPERT", 2000)) {
            if (taken == EXPERTS) {
                break;
            }
            JsonObject profile = ItServer.json(ItServer.get("/api/experts/" + expert.id()));
            if (profile.getBoolean("available", false)) {
                String category = profile.getJsonArray("categories").getString(0);
                List<SyntheticUsers.User> of = expertsByCategory.computeIfAbsent(category, c -> new ArrayList<>());
                if (of.size() < (EXPERTS + 7) / 8) {
                    of.add(expert);
                    taken++;
                }
            }
        }
        assertThat(taken).as("available synthetic experts").isEqualTo(EXPERTS);
        List<String> categories = List.copyOf(expertsByCategory.keySet());
        List<SyntheticUsers.User> clients = synthetic.list(admin, "CLIENT", CLIENTS);
        assertThat(clients).hasSize(CLIENTS);

        ExecutorService pool = Executors.newFixedThreadPool(EXPERTS + 8);
        List<WebSocket> sockets = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> connecting = new ArrayList<>();
            expertsByCategory.values().forEach(of -> of.forEach(e -> connecting.add(pool.submit(() -> sockets.add(connect(e))))));
            clients.forEach(c -> connecting.add(pool.submit(() -> sockets.add(connect(c)))));
            for (Future<?> f : connecting) {
                f.get();
            }
            Thread.sleep(2000); // the experts' presence is ONLINE everywhere

            long start = System.nanoTime();
            List<Future<?>> joining = new ArrayList<>();
            for (int i = 0; i < clients.size(); i++) {
                SyntheticUsers.User client = clients.get(i);
                String category = categories.get(i % categories.size());
                joining.add(pool.submit(() -> {
                    HttpResponse<String> joined = synthetic.send(client.token(), "POST", "/api/desk/requests",
                            "{\"category\":\"" + category + "\",\"channel\":\"CHAT\",\"description\":\"Benchmark request\"}");
                    assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
                }));
            }
            for (Future<?> f : joining) {
                f.get();
            }
            long joined = System.nanoTime();

            AtomicLong picked = new AtomicLong();
            List<Future<?>> picking = new ArrayList<>();
            expertsByCategory.forEach((category, experts) -> experts.forEach(expert ->
                    picking.add(pool.submit(() -> pickUntilEmpty(expert, category, picked)))));
            for (Future<?> f : picking) {
                f.get();
            }
            long done = System.nanoTime();
            awaitPickedFrames(CLIENTS);
            print(clients.size(), picked.get(), Duration.ofNanos(joined - start), Duration.ofNanos(done - joined),
                    Duration.ofNanos(System.nanoTime() - start));
            assertThat(picked.get()).isEqualTo(CLIENTS);
        } finally {
            sockets.forEach(s -> s.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
            pool.shutdownNow();
        }
    }

    /** Picks the category's first waiting request, ends its session, and again, until the queue is empty. */
    private void pickUntilEmpty(SyntheticUsers.User expert, String category, AtomicLong picked) {
        while (true) {
            HttpResponse<String> queue = synthetic.send(expert.token(), "GET", "/api/desk/queue?category=" + category, null);
            assertThat(queue.statusCode()).as(queue.body()).isEqualTo(200);
            List<JsonObject> waiting = ItServer.parse(queue.body()).asJsonArray().getValuesAs(JsonObject.class);
            if (waiting.isEmpty()) {
                return;
            }
            // experts of a category race for its first requests: each tries one of the first few
            JsonObject request = waiting.get((int) (Math.random() * Math.min(3, waiting.size())));
            long sent = System.nanoTime();
            HttpResponse<String> pick = synthetic.send(expert.token(), "POST",
                    "/api/desk/requests/" + request.getString("id") + "/pick", null);
            long took = System.nanoTime() - sent;
            if (pick.statusCode() == 201) {
                pickNanos.add(took);
                picked.incrementAndGet();
                String sessionId = ItServer.json(pick).getString("sessionId");
                HttpResponse<String> end = synthetic.send(expert.token(), "POST", "/api/sessions/" + sessionId + "/end", null);
                assertThat(end.statusCode()).as(end.body()).isEqualTo(200);
            } else {
                assertThat(pick.statusCode()).as(pick.body()).isEqualTo(409); // another expert was first
            }
        }
    }

    private void awaitPickedFrames(int wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (count("desk.picked") < wanted && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private long count(String type) {
        AtomicLong n = frames.get(type);
        return n == null ? 0 : n.get();
    }

    private void print(int clients, long picks, Duration joining, Duration picking, Duration total) {
        List<Long> sorted = new ArrayList<>(pickNanos);
        Collections.sort(sorted);
        long deskFrames = count("desk.queue") + count("desk.position") + count("desk.picked");
        System.out.printf("%nDesk benchmark: %d clients in 8 queues, %d experts picking%n", clients, EXPERTS);
        System.out.printf("| joins | picks | join phase | pick phase | pick p50 | pick p95 | pick p99 | desk frames | frames/s |%n");
        System.out.printf("|---|---|---|---|---|---|---|---|---|%n");
        System.out.printf("| %d | %d | %.1f s | %.1f s | %.0f ms | %.0f ms | %.0f ms | %d (queue %d, position %d, picked %d) | %.0f |%n",
                clients, picks, joining.toMillis() / 1000.0, picking.toMillis() / 1000.0, ms(sorted, 50), ms(sorted, 95),
                ms(sorted, 99), deskFrames, count("desk.queue"), count("desk.position"), count("desk.picked"),
                deskFrames / (total.toMillis() / 1000.0));
        System.out.printf("Clients told of their pick: %d of %d; connections closed by the server: %d%n",
                count("desk.picked"), clients, closedByServer.get());
    }

    private static double ms(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, rank)) / 1e6;
    }
}
