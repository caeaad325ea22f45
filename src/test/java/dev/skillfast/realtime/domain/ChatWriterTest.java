package dev.skillfast.realtime.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.concurrent.ManagedThreadFactory;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.Presence;
import dev.skillfast.platform.cluster.ClusterMember;
import dev.skillfast.platform.cluster.ClusterSettings;
import dev.skillfast.platform.cluster.ConnectedUsers;
import dev.skillfast.platform.cluster.NodeId;
import dev.skillfast.platform.cluster.NodeMail;
import dev.skillfast.platform.security.RateLimit;
import dev.skillfast.realtime.store.MessageStore;
import dev.skillfast.realtime.store.RealtimeIndexes;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionFixture;

/** Batched storing: numbering per session, store-then-deliver, and a sequence number another server took. */
class ChatWriterTest {

    @TempDir
    Path dataDir;

    private SessionFixture f;
    private ChatWriter writer;
    private MessageStore messages;
    private final Connections connections = new Connections();

    /** A connection that keeps what it is sent. */
    static class Recorder extends Connection {
        final List<JsonObject> frames = new CopyOnWriteArrayList<>();

        Recorder(String userId) {
            this(userId, "CLIENT");
        }

        Recorder(String userId, String role) {
            super(userId, role, new RateLimit("test", 1000, java.time.Duration.ofSeconds(1)));
        }

        @Override
        public void send(String text) {
            frames.add(Json.createReader(new StringReader(text)).readObject());
        }

        @Override
        public void close(int code, String reason) {
        }

        List<Long> seqs(String sessionId) {
            return frames.stream().filter(m -> m.getString("type").equals("chat.message")
                    && m.getString("sessionId").equals(sessionId)).map(m -> m.getJsonNumber("seq").longValue()).toList();
        }
    }

    @BeforeEach
    void open() {
        f = new SessionFixture(dataDir);
        new RealtimeIndexes(true).ensureIndexes(f.connection.database());
        messages = new MessageStore(f.connection.database());
        writer = new ChatWriter();
        writer.store = messages;
        writer.sessions = f.sessions;
        writer.connections = connections;
        writer.routing = aloneRouting(writer, connections);
        writer.clock = f.clock;
        f.expert("e1", Presence.ONLINE, Channel.CHAT);
        f.expert("e2", Presence.ONLINE, Channel.CHAT);
    }

    /** The routing of a server alone (no cluster): every session's home is this server. */
    static ChatRouting aloneRouting(ChatWriter writer, Connections connections) {
        ClusterMember alone = new ClusterMember(new ClusterSettings(List.of(), "skillfast", 5701, Optional.empty(),
                Optional.empty()), new NodeId(), Duration.ofSeconds(10));
        Delivery delivery = new Delivery();
        delivery.connections = connections;
        delivery.cluster = alone;
        delivery.directory = new ConnectedUsers(alone);
        delivery.mail = new NodeMail(alone);
        ChatRouting routing = new ChatRouting();
        routing.cluster = alone;
        routing.mail = delivery.mail;
        routing.writer = writer;
        routing.delivery = delivery;
        delivery.chat = routing;
        return routing;
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Session active(String client, String expert) {
        Session s = f.sessions.request(client, expert, Channel.CHAT);
        return f.sessions.accept(s.id(), expert);
    }

    @Test
    void aBatchIsNumberedPerSessionStoredAndThenDeliveredInOrder() {
        Session a = active("c1", "e1");
        Session b = active("c2", "e2");
        Recorder clientA = new Recorder("c1");
        Recorder expertA = new Recorder("e1");
        Recorder clientB = new Recorder("c2");
        connections.add(clientA);
        connections.add(expertA);
        connections.add(clientB);

        List<ChatWriter.Pending> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(new ChatWriter.Pending(a, i % 2 == 0 ? "c1" : "e1", "a" + i, "id-a" + i, i % 2 == 0 ? clientA : expertA));
            batch.add(new ChatWriter.Pending(b, "c2", "b" + i, "id-b" + i, clientB));
        }
        writer.write(batch);

        assertThat(messages.after(a.id(), 0, 100)).extracting(ChatMessage::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(messages.after(a.id(), 0, 100)).extracting(ChatMessage::text).containsExactly("a0", "a1", "a2", "a3", "a4");
        assertThat(messages.after(b.id(), 0, 100)).extracting(ChatMessage::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(clientA.seqs(a.id())).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(expertA.seqs(a.id())).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(clientB.seqs(a.id())).isEmpty();
        assertThat(clientA.frames.get(0).getString("replyTo")).isEqualTo("id-a0");

        // the next batch continues the numbering
        writer.write(new ArrayList<>(List.of(new ChatWriter.Pending(a, "c1", "again", null, clientA))));
        assertThat(clientA.seqs(a.id())).endsWith(6L);
    }

    /**
     * A client that stopped reading: a write on the caller's thread blocks until it reads again. Like
     * {@code WsConnection}, it writes each queued frame once and in order, whichever thread flushes: the
     * replaced writer thread, woken when the client reads, and its successor may flush at the same time.
     */
    static class StoppedReading extends Recorder {
        final CountDownLatch reads = new CountDownLatch(1);
        final Queue<String> unsent = new ConcurrentLinkedQueue<>();
        volatile boolean slow;

        StoppedReading(String userId) {
            super(userId);
        }

        @Override
        public boolean offer(String text) {
            unsent.add(text);
            return true;
        }

        @Override
        public void flush() {
            if (!slow) {
                try {
                    reads.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            synchronized (this) {
                for (String text = unsent.poll(); text != null; text = unsent.poll()) {
                    super.send(text);
                }
            }
        }

        @Override
        public void markSlow() {
            slow = true;
        }
    }

    @Test
    void aClientThatStopsReadingIsWrittenAsynchronouslyAndTheOthersGoOn() throws Exception {
        Session a = active("c1", "e1");
        Session b = active("c2", "e2");
        Recorder clientA = new Recorder("c1");
        StoppedReading expertA = new StoppedReading("e1");
        Recorder clientB = new Recorder("c2");
        Recorder expertB = new Recorder("e2");
        List.of(clientA, expertA, clientB, expertB).forEach(connections::add);
        writer.threads = new Threads();
        writer.start();
        try {
            assertThat(writer.submit(new ChatWriter.Pending(a, "c1", "to a stuck expert", "a1", clientA))).isTrue();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (expertA.unsent.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            for (int i = 1; i <= 3; i++) {
                assertThat(writer.submit(new ChatWriter.Pending(b, "c2", "b" + i, "b" + i, clientB))).isTrue();
            }
            while (expertB.seqs(b.id()).size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(expertB.seqs(b.id())).as("the other session goes on while e1 does not read").containsExactly(1L, 2L, 3L);
            assertThat(clientB.seqs(b.id())).containsExactly(1L, 2L, 3L);
            assertThat(expertA.slow).isTrue();

            expertA.reads.countDown();
            assertThat(writer.submit(new ChatWriter.Pending(a, "e1", "back", "a2", expertA))).isTrue();
            while (expertA.seqs(a.id()).size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(expertA.seqs(a.id())).as("in order once it reads again").containsExactly(1L, 2L);
            assertThat(clientA.seqs(a.id())).containsExactly(1L, 2L);
        } finally {
            expertA.reads.countDown();
            writer.stop();
        }
    }

    /** Plain threads for the writer and its watchdog, as the container's ManagedThreadFactory would give. */
    static final class Threads implements ManagedThreadFactory {
        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work);
            thread.setDaemon(true);
            return thread;
        }

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void numberingResumesAfterWhatIsStoredWhenTheServerDidNotStartTheSession() {
        Session a = active("c1", "e1");
        Recorder client = new Recorder("c1");
        connections.add(client);
        // stored before a restart: this writer has never numbered the session
        messages.insertBatch(List.of(new ChatMessage(a.id(), 1, "e1", "before 1", Instant.EPOCH),
                new ChatMessage(a.id(), 2, "e1", "before 2", Instant.EPOCH)));

        writer.write(new ArrayList<>(List.of(new ChatWriter.Pending(a, "c1", "after", "m", client))));

        assertThat(messages.after(a.id(), 0, 10)).extracting(ChatMessage::text).containsExactly("before 1", "before 2", "after");
        assertThat(client.seqs(a.id())).containsExactly(3L);
    }

    @Test
    void aSessionStartedHereIsNumberedFromOne() {
        Session a = active("c1", "e1");
        writer.started(a.id());
        Recorder client = new Recorder("c1");
        connections.add(client);
        writer.write(new ArrayList<>(List.of(new ChatWriter.Pending(a, "c1", "first", null, client))));
        assertThat(client.seqs(a.id())).containsExactly(1L);
    }

    @Test
    void historyPagesAcrossBatchDocumentsAndLargeBatchesAreSplit() {
        Session a = active("c1", "e1");
        Session b = active("c2", "e2");
        List<ChatMessage> big = new ArrayList<>();
        for (int seq = 1; seq <= 300; seq++) {
            big.add(new ChatMessage(a.id(), seq, "c1", String.valueOf((char) ('a' + seq % 26)).repeat(4_000), Instant.EPOCH));
            big.add(new ChatMessage(b.id(), seq, "c2", "b" + seq, Instant.EPOCH));
        }
        messages.insertBatch(big);
        assertThat(f.connection.database().getCollection("messages").countDocuments()).isGreaterThan(1);

        List<Long> seen = new ArrayList<>();
        long cursor = 0;
        for (List<ChatMessage> page = messages.after(a.id(), cursor, 120); !page.isEmpty();
             page = messages.after(a.id(), cursor, 120)) {
            page.forEach(m -> seen.add(m.seq()));
            cursor = page.get(page.size() - 1).seq();
        }
        assertThat(seen).hasSize(300).isSorted().doesNotHaveDuplicates();
        assertThat(messages.after(b.id(), 295, 10)).extracting(ChatMessage::text).containsExactly("b296", "b297", "b298", "b299", "b300");
        assertThat(messages.lastSeq(a.id(), false)).isEqualTo(300);
        assertThat(messages.lastSeq("nobody", false)).isZero();
    }

    @Test
    void aConnectionWhoseAsynchronousWriteNeverCompletesIsMarkedSlowToo() {
        Session a = active("c1", "e1");
        Recorder client = new Recorder("c1");
        StoppedReading expert = new StoppedReading("e1") {
            @Override
            public long writeBusySince() {
                return System.nanoTime() - TimeUnit.SECONDS.toNanos(1); // a billing tick in flight for a second
            }

            @Override
            public boolean isSlow() {
                return slow;
            }
        };
        expert.slow = false;
        expert.reads.countDown(); // its flush returns at once, as a flush does while another write is in flight
        connections.add(client);
        connections.add(expert);

        writer.write(new ArrayList<>(List.of(new ChatWriter.Pending(a, "c1", "hello", null, client))));

        assertThat(expert.slow).isTrue();
        assertThat(expert.seqs(a.id())).containsExactly(1L);
    }

    @Test
    void aNumberAnotherServerTookIsNumberedAgainFromTheHistory() {
        Session a = active("c1", "e1");
        writer.started(a.id()); // this server believes the session has no message yet
        Recorder client = new Recorder("c1");
        connections.add(client);
        // meanwhile the session's previous home stored 1 and 2
        messages.insertBatch(List.of(new ChatMessage(a.id(), 1, "e1", "one", Instant.EPOCH),
                new ChatMessage(a.id(), 2, "c1", "two", Instant.EPOCH)));

        writer.write(new ArrayList<>(List.of(new ChatWriter.Pending(a, "c1", "three", "m", client))));
        writer.write(new ArrayList<>(List.of(new ChatWriter.Pending(a, "c1", "four", "n", client))));

        assertThat(messages.after(a.id(), 0, 10)).extracting(ChatMessage::text).containsExactly("one", "two", "three", "four");
        assertThat(client.seqs(a.id())).containsExactly(3L, 4L);
    }
}
