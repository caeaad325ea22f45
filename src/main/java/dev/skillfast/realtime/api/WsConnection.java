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
 * A {@link Connection} over a Jakarta WebSocket session. Frames go out one at a time through the async
 * remote (an endpoint may not start a send while another is in flight), from a queue; a connection that
 * lets {@value #MAX_QUEUED} frames pile up is too slow to keep and is closed.
 */
final class WsConnection extends Connection {

    private static final Logger LOG = Logger.getLogger(WsConnection.class.getName());
    static final int MAX_QUEUED = 5_000;
    private static final CloseReason.CloseCode TRY_AGAIN_LATER = CloseReason.CloseCodes.getCloseCode(1013);

    private final Session session;
    private final Queue<String> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean sending = new AtomicBoolean();
    private volatile Thread pumpingThread;

    WsConnection(Session session, String userId, String role, RateLimit limit) {
        super(userId, role, limit);
        this.session = session;
    }

    @Override
    public void send(String text) {
        if (queued.incrementAndGet() > MAX_QUEUED) {
            queued.decrementAndGet();
            close(TRY_AGAIN_LATER.getCode(), "too slow to receive");
            return;
        }
        outbox.add(text);
        pump();
    }

    /**
     * Sends queued frames one at a time. A send that completes inside {@code sendText} (on this thread)
     * continues the loop here instead of recursing from its callback, so a long queue cannot overflow
     * the stack.
     */
    private void pump() {
        while (sending.compareAndSet(false, true)) {
            String next = outbox.poll();
            if (next == null) {
                sending.set(false);
                if (outbox.isEmpty()) {
                    return;
                }
                continue; // a frame arrived between the poll and the reset
            }
            queued.decrementAndGet();
            if (!session.isOpen()) {
                outbox.clear();
                queued.set(0);
                sending.set(false);
                return;
            }
            pumpingThread = Thread.currentThread();
            try {
                session.getAsyncRemote().sendText(next, this::sent);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Send failed; the connection is closing", e);
                sending.set(false);
            } finally {
                pumpingThread = null;
            }
        }
    }

    private void sent(SendResult result) {
        if (!result.isOK()) {
            LOG.log(Level.FINE, "A frame was not delivered", result.getException());
        }
        sending.set(false);
        if (Thread.currentThread() != pumpingThread) {
            pump();
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
