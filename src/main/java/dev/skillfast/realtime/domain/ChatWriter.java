package dev.skillfast.realtime.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * counter, writes them all with one insertMany and raises the sessions' {@code lastSeq} in one bulk
 * write, then sends each message, in order, to both participants. Under light load a batch is one
 * message and the latency one insert; under heavy load batches grow and the round trips per message
 * fall, which is how the embedded store (≈3,700 single inserts per second) carries 10,000 messages a
 * second. A (sessionId, seq) already taken, e.g. by another server, reloads that session's counter and
 * retries the message.
 */
@ApplicationScoped
public class ChatWriter {

    private static final Logger LOG = Logger.getLogger(ChatWriter.class.getName());
    static final int MAX_BATCH = 2_000;
    private static final int MAX_QUEUE = 50_000;
    private static final int MAX_ATTEMPTS = 3;

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
    private final Map<String, Long> lastSeqBySession = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private Thread writer;

    @PostConstruct
    void start() {
        writer = threads.newThread(this::run);
        writer.setName("skillfast-chat-writer");
        writer.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        writer.interrupt();
    }

    /** Queues a message; false when the queue is full (the server is overloaded). */
    boolean submit(Pending pending) {
        return queue.offer(pending);
    }

    /** Forgets a closed session's counter. */
    void forget(String sessionId) {
        lastSeqBySession.remove(sessionId);
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (running) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
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
        List<Pending> todo = batch;
        List<ChatMessage> stored = new ArrayList<>(batch.size());
        List<Pending> storedFrom = new ArrayList<>(batch.size());
        for (int attempt = 1; !todo.isEmpty(); attempt++) {
            List<ChatMessage> numbered = new ArrayList<>(todo.size());
            java.time.Instant now = clock.instant();
            for (Pending p : todo) {
                long seq = lastSeqBySession.compute(p.session().id(),
                        (id, last) -> (last == null ? sessions.cached(id).map(Session::lastSeq).orElse(0L) : last) + 1);
                numbered.add(new ChatMessage(p.session().id(), seq, p.senderId(), p.text(), now));
            }
            Set<Integer> taken = store.insertBatch(numbered);
            List<Pending> retry = new ArrayList<>();
            for (int i = 0; i < numbered.size(); i++) {
                if (taken.contains(i)) {
                    retry.add(todo.get(i));
                    // another writer numbered this session too: start from what is stored
                    String sessionId = numbered.get(i).sessionId();
                    lastSeqBySession.put(sessionId, store.lastSeq(sessionId));
                } else {
                    stored.add(numbered.get(i));
                    storedFrom.add(todo.get(i));
                }
            }
            if (!retry.isEmpty() && attempt >= MAX_ATTEMPTS) {
                for (Pending p : retry) {
                    p.sender().send(Outbound.error(ErrorCode.UNAVAILABLE, "The message could not be numbered; send it again.",
                            p.replyTo()));
                }
                break;
            }
            todo = retry;
        }
        Map<String, Long> highest = new HashMap<>();
        for (ChatMessage m : stored) {
            highest.merge(m.sessionId(), m.seq(), Math::max);
        }
        sessions.raiseLastSeq(highest);
        deliver(stored, storedFrom);
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
