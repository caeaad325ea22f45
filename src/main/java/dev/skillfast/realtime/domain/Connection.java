package dev.skillfast.realtime.domain;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;

import dev.skillfast.platform.security.RateLimit;

/**
 * One open WebSocket of one user, as the gateway sees it: who it is, what it watches, its message
 * budget, and how to send to it. The transport (Jakarta WebSocket) implements {@link #send} and
 * {@link #close}.
 */
public abstract class Connection {

    private final String userId;
    private final String role;
    private final Bucket budget;
    private final Set<String> watched = ConcurrentHashMap.newKeySet();

    protected Connection(String userId, String role, RateLimit limit) {
        this.userId = userId;
        this.role = role;
        this.budget = Bucket.builder().addLimit(limit.bandwidth()).build();
    }

    public String userId() {
        return userId;
    }

    public String role() {
        return role;
    }

    /** Takes one message from the connection's budget; false when it is spent. */
    boolean tryTakeMessage() {
        return budget.tryConsume(1);
    }

    /** The experts whose presence this connection follows (kept by {@link Connections}). */
    Set<String> watched() {
        return watched;
    }

    /** Queues one text frame; never blocks. */
    public abstract void send(String text);

    /**
     * Queues one text frame for {@link #flush}; never blocks. For the chat sender, which queues a
     * message for all its recipients first and then writes. False when the connection holds too many
     * frames already: the caller closes it (outside whatever it holds, as a close writes too).
     */
    public boolean offer(String text) {
        send(text);
        return true;
    }

    /**
     * Writes what is queued, on this thread, and may block while the client's socket is full; a
     * connection {@linkplain #markSlow() marked slow} is written asynchronously instead.
     */
    public void flush() {
    }

    /** From now on this connection is never written on the caller's thread (a write to it stalled). */
    public void markSlow() {
    }

    /** Whether {@link #markSlow()} was called. */
    public boolean isSlow() {
        return false;
    }

    /**
     * Since when (System.nanoTime) one write to this connection has been in flight, or 0 while none is:
     * an asynchronous write that never completes means the client stopped reading as surely as a
     * synchronous one that blocks.
     */
    public long writeBusySince() {
        return 0;
    }

    public abstract void close(int code, String reason);
}
