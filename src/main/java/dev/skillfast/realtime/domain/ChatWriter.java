package dev.skillfast.realtime.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.realtime.domain.Inbound.ErrorCode;
import dev.skillfast.realtime.store.MessageStore;
import dev.skillfast.realtime.store.SeqTaken;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionService;

/**
 * Stores chat messages in batches and only then delivers them. One writer thread drains whatever has
 * queued since its last write (up to {@value #MAX_BATCH}), numbers each message from a per-session
 * counter, writes them all with one insertMany, then sends each message, in order, to both
 * participants ({@link ChatSender}, on the same thread: a hand-off to a second thread cost more than
 * the overlap gained). Nothing else is written per message (no counter on the session document). A small
 * batch waits up to a millisecond for more ({@link #LINGER_BELOW}); under heavy load batches grow and the cost per
 * message falls (the store keeps a batch as one document), which is how the embedded store, whose cost is
 * per document written (see {@code platform.mongo.embedded}), carries thousands of messages a second.
 * In a cluster a session's messages are all numbered by its home server ({@link ChatRouting}); a unique
 * index refuses a number stored twice while a session moves between servers, and the batch is then
 * numbered again from the history.
 */
@ApplicationScoped
public class ChatWriter {

    private static final Logger LOG = Logger.getLogger(ChatWriter.class.getName());
    static final int MAX_BATCH = 2_000;
    private static final int MAX_QUEUE = 50_000;
    /**
     * A batch smaller than this waits {@link #LINGER_NANOS} for more messages before it is stored: at 100
     * chatting pairs batches were a few messages each and the per-batch cost (an insert's round trip, a
     * wake-up of this thread) made a third of the server's CPU per message; a millisecond's wait cut the
     * CPU per message by a third and also the round trip (less work queued). At 1,000 pairs batches are
     * larger than this anyway. A lone message waits 1 ms, which nobody chatting can notice.
     */
    static final int LINGER_BELOW = 32;
    static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    /**
     * A message waiting to be stored, with who sent it, the id to answer to, where to send an error for
     * its sender, and where it came from when another server forwarded it ({@link ChatRouting}).
     */
    record Pending(Session session, String senderId, String text, String replyTo, Consumer<String> answer,
                   Forwarded forwarded) {

        /** A message from a connection to this server. */
        Pending(Session session, String senderId, String text, String replyTo, Connection sender) {
            this(session, senderId, text, replyTo, sender::send, null);
        }
    }

    /** A message another server forwarded: that server, and the message's id there. */
    record Forwarded(String origin, String id) {
    }

    @Inject
    MessageStore store;

    @Inject
    SessionService sessions;

    @Inject
    Connections connections;

    @Inject
    ChatRouting routing;

    @Inject
    Clock clock;

    @Resource
    ManagedThreadFactory threads;

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(MAX_QUEUE);
    private final Map<String, Long> lastSeqBySession = new ConcurrentHashMap<>();
    private long lastHousekeepingNanos = System.nanoTime();
    private final Map<String, Long> closedAtNanos = new ConcurrentHashMap<>();
    private static final long FORGET_AFTER_NANOS = TimeUnit.MINUTES.toNanos(1);
    private static final long WATCH_EVERY_MILLIS = 50;
    private volatile boolean running = true;
    private ChatSender sender;
    private final AtomicInteger generation = new AtomicInteger();
    private Thread watchdog;

    /**
     * One thread numbers, stores and sends (see {@link ChatSender}); a watchdog replaces it when a
     * write to one client blocks.
     */
    @PostConstruct
    void start() {
        startWriting();
        watchdog = threads.newThread(this::watch);
        watchdog.setName("skillfast-chat-watchdog");
        watchdog.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        watchdog.interrupt();
        sender().interruptOwner();
    }

    private void startWriting() {
        Thread thread = threads.newThread(this::run);
        thread.setName("skillfast-chat-writer-" + generation.incrementAndGet());
        sender().handTo(thread);
        thread.start();
    }

    private void watch() {
        while (running) {
            try {
                Thread.sleep(WATCH_EVERY_MILLIS);
                if (sender().stalled(System.nanoTime())) {
                    LOG.warning("A chat client stopped reading: its connection is now written asynchronously and "
                            + "a new chat writer thread carries on");
                    startWriting();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The chat watchdog failed; it goes on", e);
            }
        }
    }

    private synchronized ChatSender sender() {
        if (sender == null) {
            sender = new ChatSender(connections);
        }
        return sender;
    }

    /** Queues a message; false when the queue is full (the server is overloaded). */
    boolean submit(Pending pending) {
        return queue.offer(pending);
    }

    /**
     * A session closed: its counter is dropped a minute later, not at once, so messages still queued for
     * it are numbered from memory instead of from a read of the history.
     */
    void forget(String sessionId) {
        closedAtNanos.put(sessionId, System.nanoTime());
    }

    private void run() {
        Thread me = Thread.currentThread();
        List<Pending> batch = new ArrayList<>();
        while (running && sender().owns(me)) {
            try {
                sendLeftOver();
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                forgetClosedSessions();
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                if (batch.size() < LINGER_BELOW) {
                    // a small batch: wait a moment for more, so one insert carries several messages
                    LockSupport.parkNanos(LINGER_NANOS);
                    queue.drainTo(batch, MAX_BATCH - batch.size());
                }
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Chat messages could not be stored; their senders were told", e);
                for (Pending p : batch) {
                    lastSeqBySession.remove(p.session().id());
                    p.answer().accept(Outbound.error(ErrorCode.UNAVAILABLE,
                            "The message could not be stored; send it again.", p.replyTo()));
                }
            } finally {
                batch.clear();
            }
        }
    }

    void write(List<Pending> batch) {
        java.time.Instant now = clock.instant();
        List<ChatMessage> numbered = number(batch, now, false);
        try {
            store.insertBatch(numbered);
        } catch (SeqTaken taken) {
            // another server numbered one of these sessions meanwhile (a cluster handing a session over):
            // what was stored stays, the rest is numbered again from all that is stored, once
            int stored = taken.storedMessages();
            LOG.info(() -> "A chat sequence number was taken by another server; numbering again from the history");
            List<ChatMessage> again = number(batch.subList(stored, batch.size()), now, true);
            store.insertBatch(again);
            List<ChatMessage> all = new ArrayList<>(numbered.subList(0, stored));
            all.addAll(again);
            numbered = all;
        }
        try {
            routing.stored(numbered, batch);
            sender().send(numbered, batch);
        } catch (RuntimeException e) {
            // stored: clients that missed a frame catch up from the history
            LOG.log(Level.WARNING, "Stored chat messages could not all be sent", e);
        }
    }

    /** Numbers each message from its session's counter; {@code reread} drops the counters first. */
    private List<ChatMessage> number(List<Pending> pendings, java.time.Instant now, boolean reread) {
        if (reread) {
            pendings.forEach(p -> lastSeqBySession.remove(p.session().id()));
        }
        List<ChatMessage> numbered = new ArrayList<>(pendings.size());
        for (Pending p : pendings) {
            long seq = lastSeqBySession.compute(p.session().id(),
                    (id, last) -> (last == null ? store.lastSeq(id, reread) : last) + 1);
            numbered.add(new ChatMessage(p.session().id(), seq, p.senderId(), p.text(), now));
        }
        return numbered;
    }

    /** What a replaced writer thread left of its batch (a no-op otherwise). */
    private void sendLeftOver() {
        try {
            sender().sendRest();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Stored chat messages could not all be sent", e);
        }
    }

    /** A session accepted on this server starts its numbering at 1, without reading the history. */
    void started(String sessionId) {
        lastSeqBySession.putIfAbsent(sessionId, 0L);
    }

    /** Drops the counters of sessions closed a minute ago (writer thread, at most once a second). */
    private void forgetClosedSessions() {
        long now = System.nanoTime();
        if (now - lastHousekeepingNanos < TimeUnit.SECONDS.toNanos(1)) {
            return;
        }
        lastHousekeepingNanos = now;
        closedAtNanos.entrySet().removeIf(closed -> {
            boolean old = now - closed.getValue() > FORGET_AFTER_NANOS;
            if (old) {
                lastSeqBySession.remove(closed.getKey());
            }
            return old;
        });
    }
}
