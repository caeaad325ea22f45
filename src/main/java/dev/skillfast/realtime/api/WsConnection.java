package dev.skillfast.realtime.api;

import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;

import dev.skillfast.platform.security.RateLimit;
import dev.skillfast.realtime.domain.Connection;

/**
 * A {@link Connection} over a Jakarta WebSocket session. Frames wait in a queue and go out one at a
 * time (an endpoint may not start a write while another is in flight), written by whichever thread
 * finds the connection idle:
 * <ul>
 *   <li>{@link #flush()} (the chat sender) writes synchronously with the basic remote, which on Open
 *       Liberty is one socket write; its asynchronous writes always go through the server's write
 *       selector and a worker thread, which cost as much again per frame as everything else a chat
 *       message needs. A write blocks only when the client stopped reading long enough to fill its
 *       socket; the sender then marks the connection slow and goes on without it.</li>
 *   <li>{@link #send(String)} (everything else, and any slow connection) writes asynchronously and
 *       never blocks.</li>
 * </ul>
 * A connection that lets {@value #MAX_QUEUED} frames pile up is too slow to keep and is closed.
 */
final class WsConnection extends Connection {

    private static final Logger LOG = Logger.getLogger(WsConnection.class.getName());
    static final int MAX_QUEUED = 5_000;
    private static final CloseReason.CloseCode TRY_AGAIN_LATER = CloseReason.CloseCodes.getCloseCode(1013);

    private final Session session;
    private final Queue<String> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean writing = new AtomicBoolean();
    private volatile boolean slow;
    private volatile long busySince;
    private volatile Thread pumpingThread;

    WsConnection(Session session, String userId, String role, RateLimit limit) {
        super(userId, role, limit);
        this.session = session;
    }

    @Override
    public void send(String text) {
        if (offer(text)) {
            pump(false);
        } else {
            closeTooSlow();
        }
    }

    @Override
    public boolean offer(String text) {
        if (queued.incrementAndGet() > MAX_QUEUED) {
            queued.decrementAndGet();
            return false;
        }
        outbox.add(text);
        return true;
    }

    private void closeTooSlow() {
        close(TRY_AGAIN_LATER.getCode(), "too slow to receive");
    }

    @Override
    public void flush() {
        pump(true);
    }

    @Override
    public void markSlow() {
        slow = true;
    }

    @Override
    public boolean isSlow() {
        return slow;
    }

    @Override
    public long writeBusySince() {
        return busySince;
    }

    /** Frees the write slot (its write completed or failed). */
    private void writeDone() {
        busySince = 0;
        writing.set(false);
    }

    /**
     * Writes queued frames one at a time while no other write is in flight: synchronously while
     * {@code mayBlock} and the connection is not slow, else one asynchronous write whose completion
     * goes on with the rest. A write that completes inside {@code sendText} (on this thread) continues
     * the loop here instead of recursing from its callback, so a long queue cannot overflow the stack.
     */
    private void pump(boolean mayBlock) {
        while (writing.compareAndSet(false, true)) {
            String next = outbox.poll();
            if (next == null) {
                writing.set(false);
                if (outbox.isEmpty()) {
                    return;
                }
                continue; // a frame arrived between the poll and the reset
            }
            queued.decrementAndGet();
            if (!session.isOpen()) {
                outbox.clear();
                queued.set(0);
                writing.set(false);
                return;
            }
            busySince = System.nanoTime();
            if (mayBlock && !slow) {
                writeNow(next);
            } else {
                writeLater(next);
            }
        }
    }

    private void writeNow(String text) {
        try {
            session.getBasicRemote().sendText(text);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Send failed; the connection is closing", e);
        } finally {
            writeDone();
        }
    }

    private void writeLater(String text) {
        pumpingThread = Thread.currentThread();
        try {
            session.getAsyncRemote().sendText(text, this::sent);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Send failed; the connection is closing", e);
            writeDone();
        } finally {
            pumpingThread = null;
        }
    }

    private void sent(SendResult result) {
        if (!result.isOK()) {
            LOG.log(Level.FINE, "A frame was not delivered", result.getException());
        }
        writeDone();
        if (Thread.currentThread() != pumpingThread) {
            pump(false);
        }
    }

    @Override
    public void close(int code, String reason) {
        try {
            if (session.isOpen()) {
                session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Close failed", e);
        }
    }
}
