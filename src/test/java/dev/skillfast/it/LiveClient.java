package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A WebSocket client of /ws for tests, on the JDK's client: connects with a fresh ticket, collects every
 * frame, and waits for the one a test expects (never sleeps).
 */
public final class LiveClient implements WebSocket.Listener, AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);

    private final LinkedBlockingQueue<JsonObject> inbox = new LinkedBlockingQueue<>();
    private final List<JsonObject> seen = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private WebSocket socket;
    private volatile boolean paused;

    /** A ticket for this user. */
    static String ticket(Accounts.Session who) {
        HttpResponse<String> issued = ItServer.send(who.request("/api/ws-ticket")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return ItServer.json(issued).getString("ticket");
    }

    static URI wsUri(String ticket) {
        return wsUri(ItServer.base(), ticket);
    }

    /** /ws of the server at {@code base} ({@code http://host:port}). */
    static URI wsUri(URI base, String ticket) {
        String query = ticket == null ? "" : "?ticket=" + ticket;
        return URI.create("ws://" + base.getRawAuthority() + "/ws" + query);
    }

    /** Connects as this user to the server its session talks to, and waits for the welcome. */
    static LiveClient connect(Accounts.Session who) {
        LiveClient client = open(wsUri(who.base(), ticket(who)), null).join();
        client.await("welcome");
        return client;
    }

    /** Opens a connection; the future fails with the handshake's refusal. */
    static CompletableFuture<LiveClient> open(URI uri, String origin) {
        LiveClient client = new LiveClient();
        WebSocket.Builder builder = ItServer.http().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (origin != null) {
            builder.header("Origin", origin);
        }
        return builder.buildAsync(uri, client).thenApply(ws -> {
            client.socket = ws;
            return client;
        });
    }

    /** The HTTP status with which a handshake was refused. */
    static int refusedStatus(URI uri, String origin) {
        try {
            LiveClient unexpected = open(uri, origin).get(10, TimeUnit.SECONDS);
            unexpected.close();
            throw new AssertionError("the handshake was accepted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw new AssertionError("the handshake failed without an HTTP answer", e);
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            inbox.add(Json.createReader(new StringReader(partial.toString())).readObject());
            partial.setLength(0);
        }
        if (!paused) {
            webSocket.request(1);
        }
        return null;
    }

    /** Stops taking frames off the socket (a client that stopped reading): the server's writes pile up. */
    void pauseReading() {
        paused = true;
    }

    /** Takes frames again. */
    void resumeReading() {
        paused = false;
        socket.request(1);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    void send(String json) {
        socket.sendText(json, true).join();
    }

    void send(JsonObject json) {
        send(json.toString());
    }

    void sendBinary(java.nio.ByteBuffer data) {
        socket.sendBinary(data, true).join();
    }

    /** The next frame (received from now on, or already waiting) of this type that matches. */
    JsonObject await(String type, Predicate<JsonObject> matching) {
        return awaitFrame(type, frame -> type.equals(frame.getString("type", null)) && matching.test(frame));
    }

    /** The answer to the message with this id, whatever its type (a pong, an error…). */
    JsonObject awaitReply(String id) {
        return awaitFrame("reply to " + id, frame -> id.equals(frame.getString("replyTo", null)));
    }

    private JsonObject awaitFrame(String type, Predicate<JsonObject> wanted) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        for (JsonObject held : List.copyOf(seen)) {
            if (wanted.test(held)) {
                seen.remove(held);
                return held;
            }
        }
        while (true) {
            long left = deadline - System.nanoTime();
            JsonObject next;
            try {
                next = left <= 0 ? null : inbox.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            if (next == null) {
                throw new AssertionError("no " + type + " frame within " + WAIT + "; unmatched frames: " + seen);
            }
            if (wanted.test(next)) {
                return next;
            }
            seen.add(next);
        }
    }

    JsonObject await(String type) {
        return await(type, any -> true);
    }

    /** The error answering the message with this id. */
    JsonObject awaitError(String replyTo) {
        return await("error", e -> replyTo.equals(e.getString("replyTo", null)));
    }

    /** Every frame received so far that no await has taken, after a ping round trip flushed the line. */
    List<JsonObject> drain() {
        String id = "drain-" + System.nanoTime();
        send(Json.createObjectBuilder().add("type", "ping").add("id", id).build());
        await("pong", p -> id.equals(p.getString("replyTo", null)));
        List<JsonObject> frames = new ArrayList<>(seen);
        seen.clear();
        inbox.drainTo(frames);
        return frames;
    }

    /** The close code the server sent (waits for it). */
    int awaitClose() {
        try {
            return closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException | CompletionException e) {
            throw new AssertionError("the server did not close the connection", e);
        }
    }

    @Override
    public void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        }
        if (socket != null) {
            socket.abort();
        }
    }
}
