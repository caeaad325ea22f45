package dev.skillfast.realtime.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Sends stored chat messages to both participants' connections, in order, on the chat writer's thread,
 * writing each frame synchronously ({@link Connection#flush()}): no hand-off to another thread per
 * message, and on Open Liberty one socket write per frame.
 * <p>
 * A synchronous write blocks while a client's socket is full (it stopped reading). The writer must not
 * wait for one client, so a watchdog asks {@link #stalled} every so often: when the owner thread has
 * been writing to one connection for {@value #STALL_MILLIS} ms, that connection is marked slow (from
 * then on written asynchronously) and the writer hands ownership to a new thread, which sends the rest
 * of the batch and carries on; the old thread returns from its write whenever the client reads or goes,
 * sees it no longer owns the sender and ends. Each message is queued on all its connections under this
 * object's lock, by the owner only, so whichever thread writes, every connection gets its frames in
 * order.
 */
final class ChatSender {

    private static final Logger LOG = Logger.getLogger(ChatSender.class.getName());

    static final long STALL_MILLIS = 250;
    private static final long STALL_NANOS = TimeUnit.MILLISECONDS.toNanos(STALL_MILLIS);
    /** The standard's "try again later": a connection holding too many unsent frames is closed with it. */
    static final int CLOSE_TOO_SLOW = 1013;

    /** What one thread is writing to now, for the watchdog. */
    private static final class Lane {
        final Thread thread;
        volatile Connection writingTo;
        volatile long since;

        Lane(Thread thread) {
            this.thread = thread;
        }
    }

    /** A stored batch being sent: its messages, who sent each, and how far sending got. */
    private record Batch(List<ChatMessage> messages, List<ChatWriter.Pending> from, int[] next) {
    }

    private final Connections connections;
    private volatile Lane owner;
    private Batch current; // guarded by this

    ChatSender(Connections connections) {
        this.connections = connections;
    }

    /** Makes {@code thread} the one that sends (and writes chat) from now on. */
    void handTo(Thread thread) {
        owner = new Lane(thread);
    }

    /** Stops the owner's wait for work (shutdown). */
    void interruptOwner() {
        Lane lane = owner;
        if (lane != null) {
            lane.thread.interrupt();
        }
    }

    /** Whether {@code thread} sends; before any owner exists (tests), whoever calls does. */
    boolean owns(Thread thread) {
        Lane lane = owner;
        return lane == null || lane.thread == thread;
    }

    /** Sends a stored batch; returns when it is sent, or when this thread lost ownership on the way. */
    void send(List<ChatMessage> messages, List<ChatWriter.Pending> from) {
        synchronized (this) {
            current = new Batch(messages, List.copyOf(from), new int[1]);
        }
        sendRest();
    }

    /** Sends what is left of the current batch (one a replaced thread did not finish). */
    void sendRest() {
        Thread me = Thread.currentThread();
        List<Connection> targets = new ArrayList<>();
        List<Connection> refused = new ArrayList<>();
        while (queueNext(me, targets, refused)) {
            Lane lane = owner;
            for (Connection connection : refused) {
                write(lane, connection, () -> connection.close(CLOSE_TOO_SLOW, "too slow to receive"));
            }
            for (Connection connection : targets) {
                write(lane, connection, connection::flush);
                noticeStuckWrite(connection);
            }
            targets.clear();
            refused.clear();
        }
    }

    /** Queues the next message on its recipients' connections; false when none is left or {@code me} no longer owns. */
    private synchronized boolean queueNext(Thread me, List<Connection> targets, List<Connection> refused) {
        Batch batch = current;
        if (batch == null || !owns(me)) {
            return false;
        }
        int i = batch.next()[0];
        if (i == batch.messages().size()) {
            current = null;
            return false;
        }
        batch.next()[0] = i + 1;
        ChatMessage message = batch.messages().get(i);
        ChatWriter.Pending pending = batch.from().get(i);
        String frame = Outbound.chatMessage(message, pending.replyTo());
        for (String userId : List.of(pending.session().clientId(), pending.session().expertId())) {
            for (Connection connection : connections.of(userId)) {
                (connection.offer(frame) ? targets : refused).add(connection);
            }
        }
        return true;
    }

    private static void write(Lane lane, Connection connection, Runnable write) {
        if (lane == null || lane.thread != Thread.currentThread()) {
            write.run(); // no watchdog (tests), or a replaced thread finishing its last write
            return;
        }
        lane.since = System.nanoTime();
        lane.writingTo = connection;
        try {
            write.run();
        } finally {
            lane.writingTo = null;
        }
    }

    /**
     * A flush returns at once while another write to the connection is in flight (an asynchronous one, a
     * presence or billing frame): if that write has not completed for {@value #STALL_MILLIS} ms the
     * client stopped reading, as when a synchronous write blocks, and the connection is marked slow
     * before its queue fills up.
     */
    private static void noticeStuckWrite(Connection connection) {
        long since = connection.writeBusySince();
        if (since != 0 && !connection.isSlow() && System.nanoTime() - since >= STALL_NANOS) {
            connection.markSlow();
            LOG.warning("A chat client stopped reading: its connection is now written asynchronously");
        }
    }

    /**
     * For the watchdog: whether the owner has been writing to one connection for too long. If so that
     * connection is marked slow, and the caller hands the sender to a new thread.
     */
    boolean stalled(long nowNanos) {
        Lane lane = owner;
        Connection connection = lane == null ? null : lane.writingTo;
        if (connection == null || nowNanos - lane.since < STALL_NANOS) {
            return false;
        }
        connection.markSlow();
        return true;
    }
}
