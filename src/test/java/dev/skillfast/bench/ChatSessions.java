package dev.skillfast.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.skillfast.it.Accounts;
import dev.skillfast.it.ItServer;

/**
 * Synthetic client/expert pairs in ACTIVE chat sessions on the benchmark server, for load clients that
 * connect on their own. An expert must be connected to /ws to be requested; once the session is accepted
 * the pairing sockets are closed, and the benchmark server's one-hour disconnect grace keeps the
 * sessions ACTIVE until {@link #end} ends them.
 */
final class ChatSessions {

    record Session(String id, SyntheticUsers.User client, SyntheticUsers.User expert) {
    }

    private static final int THREADS = 8;

    private final SyntheticUsers synthetic = new SyntheticUsers();
    private final HttpClient http = HttpClient.newHttpClient();

    ChatSessions() throws Exception {
    }

    /**
     * Up to {@code wanted} sessions: each client asks online experts, taken from a shared cursor, until one
     * accepts (some synthetic experts are away: their request answers 409).
     */
    List<Session> open(int wanted) throws Exception {
        Accounts.Session admin = Accounts.admin();
        List<SyntheticUsers.User> clients = synthetic.list(admin, "CLIENT", wanted);
        List<SyntheticUsers.User> experts = synthetic.list(admin, "EXPERT", 100_000);
        AtomicInteger cursor = new AtomicInteger();
        List<Callable<Session>> tasks = new ArrayList<>();
        for (SyntheticUsers.User client : clients) {
            tasks.add(() -> {
                for (int next = cursor.getAndIncrement(); next < experts.size(); next = cursor.getAndIncrement()) {
                    Session session = request(client, experts.get(next));
                    if (session != null) {
                        return session;
                    }
                }
                return null;
            });
        }
        return inParallel(tasks).stream().filter(s -> s != null).toList();
    }

    /** The session, or null when the expert is not available. */
    private Session request(SyntheticUsers.User client, SyntheticUsers.User expert) throws Exception {
        WebSocket expertSocket = connect(expert);
        try {
            HttpResponse<String> requested = synthetic.send(client.token(), "POST", "/api/sessions",
                    "{\"expertId\":\"" + expert.id() + "\",\"channel\":\"CHAT\"}");
            if (requested.statusCode() == 409) {
                return null;
            }
            assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
            String id = ItServer.json(requested).getString("id");
            HttpResponse<String> accepted = synthetic.send(expert.token(), "POST", "/api/sessions/" + id + "/accept", null);
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
            return new Session(id, client, expert);
        } finally {
            expertSocket.abort();
        }
    }

    /** Opens /ws for the user and answers once its welcome arrived (the expert is online by then). */
    private WebSocket connect(SyntheticUsers.User user) throws Exception {
        CompletableFuture<Void> welcome = new CompletableFuture<>();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(wsUrl(user)), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                if (data.toString().contains("\"type\":\"welcome\"")) {
                    welcome.complete(null);
                }
                webSocket.request(1);
                return null;
            }
        }).get(20, TimeUnit.SECONDS);
        welcome.get(20, TimeUnit.SECONDS);
        return socket;
    }

    /** A fresh /ws address for the user: a ticket is single-use and valid for 30 s. */
    String wsUrl(SyntheticUsers.User user) {
        HttpResponse<String> ticket = synthetic.send(user.token(), "POST", "/api/ws-ticket", null);
        assertThat(ticket.statusCode()).as(ticket.body()).isEqualTo(201);
        return "ws://localhost:" + ItServer.httpPort() + "/ws?ticket=" + ItServer.json(ticket).getString("ticket");
    }

    /** Fresh /ws addresses for both participants of each session, minted in parallel: [client, expert]. */
    List<String[]> wsUrls(List<Session> sessions) throws Exception {
        List<Callable<String[]>> tasks = new ArrayList<>();
        for (Session s : sessions) {
            tasks.add(() -> new String[] {wsUrl(s.client()), wsUrl(s.expert())});
        }
        return inParallel(tasks);
    }

    void end(List<Session> sessions) throws Exception {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (Session s : sessions) {
            tasks.add(() -> synthetic.send(s.client().token(), "POST", "/api/sessions/" + s.id() + "/end", null).statusCode());
        }
        inParallel(tasks);
    }

    private static <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                results.add(f.get(10, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
