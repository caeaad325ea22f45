package dev.skillfast.realtime.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
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
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionService;

/**
 * Stores chat messages in batches and only then delivers them. One writer thread drains whatever has
 * queued since its last write (up to {@value #MAX_BATCH}), numbers each message from a per-session
 * counter, writes them all with one insertMany, then sends each message, in order, to both
 * participants. Nothing else is written per message (no counter on the session document). Under light
 * load a batch is one message and the latency one insert; under heavy load batches grow and the cost per
 * message falls (the store keeps a batch as one document), which is how the embedded store, whose cost is
 * per document written (see {@code platform.mongo.embedded}), carries thousands of messages a second.
 * Numbering is this server's: live sessions run on one server (see the package notes).
 */
@ApplicationScoped
public class ChatWriter {

    private static final Logger LOG = Logger.getLogger(ChatWriter.class.getName());
    static final int MAX_BATCH = 2_000;
    private static final int MAX_QUEUE = 50_000;

    /** A message waiting to be stored, with who sent it and the id to answer to. */
    record Pending(Session session, String senderId, String text, String replyTo, Connection sender) {
    }

    @Inject
    MessageStore store;

    @Inject
    SessionService sessions;

    @Inject
    Connections connections;

    @Inject
    Clock clock;

    @Resource
    ManagedThreadFactory threads;

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(MAX_QUEUE);
    /** Stored batches waiting to be sent, in the order they were stored (which keeps each session's seq order). */
    private final BlockingQueue<Stored> outbox = new LinkedBlockingQueue<>();
    private final Map<String, Long> lastSeqBySession = new ConcurrentHashMap<>();
    private long lastHousekeepingNanos = System.nanoTime();
    private final Map<String, Long> closedAtNanos = new ConcurrentHashMap<>();
    private static final long FORGET_AFTER_NANOS = TimeUnit.MINUTES.toNanos(1);
    private volatile boolean running = true;
    private Thread writer;
    private Thread deliverer;

    /** A batch that is stored, with who sent each message. */
    private record Stored(List<ChatMessage> messages, List<Pending> from) {
    }

    /**
     * Two threads, so storing the next batch overlaps with sending the last one: the writer numbers and
     * stores, the deliverer sends, each in order.
     */
    @PostConstruct
    void start() {
        writer = threads.newThread(this::run);
        writer.setName("skillfast-chat-writer");
        writer.start();
        deliverer = threads.newThread(this::deliverStored);
        deliverer.setName("skillfast-chat-deliverer");
        deliverer.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        writer.interrupt();
        deliverer.interrupt();
    }

    private void deliverStored() {
        while (running) {
            try {
                Stored stored = outbox.take();
                deliver(stored.messages(), stored.from());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Stored chat messages could not be sent; clients catch up from the history", e);
            }
        }
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
        List<Pending> batch = new ArrayList<>();
        while (running) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                forgetClosedSessions();
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Chat messages could not be stored; their senders were told", e);
                for (Pending p : batch) {
                    lastSeqBySession.remove(p.session().id());
                    p.sender().send(Outbound.error(ErrorCode.UNAVAILABLE,
                            "The message could not be stored; send it again.", p.replyTo()));
                }
            } finally {
                batch.clear();
            }
        }
    }

    void write(List<Pending> batch) {
        java.time.Instant now = clock.instant();
        List<ChatMessage> numbered = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            long seq = lastSeqBySession.compute(p.session().id(),
                    (id, last) -> (last == null ? storedLastSeq(p.session()) : last) + 1);
            numbered.add(new ChatMessage(p.session().id(), seq, p.senderId(), p.text(), now));
        }
        store.insertBatch(numbered);
        handOver(numbered, batch);
    }

    /** Sends a stored batch: on the deliverer thread when running, at once otherwise (tests). */
    private void handOver(List<ChatMessage> messages, List<Pending> from) {
        if (deliverer != null) {
            outbox.add(new Stored(messages, List.copyOf(from)));
        } else {
            deliver(messages, from);
        }
    }

    /** Where numbering resumes for a session this server has not numbered yet (e.g. after a restart). */
    private long storedLastSeq(Session session) {
        return store.lastSeq(session.id());
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

    private void deliver(List<ChatMessage> stored, List<Pending> from) {
        // sequence numbers of one session were assigned in queue order, so delivering in batch order keeps them ordered
        for (int i = 0; i < stored.size(); i++) {
            ChatMessage m = stored.get(i);
            Pending p = from.get(i);
            String text = Outbound.chatMessage(m, p.replyTo());
            connections.sendToUser(p.session().clientId(), text);
            connections.sendToUser(p.session().expertId(), text);
        }
    }
}
