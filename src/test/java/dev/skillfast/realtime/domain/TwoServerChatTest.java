package dev.skillfast.realtime.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;

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
import dev.skillfast.realtime.domain.ChatWriterTest.Recorder;
import dev.skillfast.realtime.store.MessageStore;
import dev.skillfast.realtime.store.RealtimeIndexes;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionFixture;

/**
 * Two servers of one cluster (two real Hazelcast members on loopback, one database): the client is
 * connected to one, the expert to the other, both chat at once. Every message is numbered once by the
 * session's home, stored, and reaches both of them in number order; other frames cross too.
 */
class TwoServerChatTest {

    @TempDir
    Path dataDir;

    private SessionFixture f;
    private Server a;
    private Server b;

    /** One server's realtime delivery, wired as CDI would. */
    private final class Server {
        final ClusterMember member;
        final Connections connections = new Connections();
        final Delivery delivery = new Delivery();
        final ChatRouting routing = new ChatRouting();
        final ChatWriter writer = new ChatWriter();

        Server(List<String> members, int port) {
            member = new ClusterMember(new ClusterSettings(members, "skillfast-chat-test-" + ProcessHandle.current().pid(),
                    port, Optional.of("127.0.0.1"), Optional.of("mongodb://127.0.0.1:27017")), new NodeId(), Duration.ofSeconds(5));
            member.instance();
            delivery.connections = connections;
            delivery.cluster = member;
            delivery.directory = new ConnectedUsers(member);
            delivery.mail = new NodeMail(member);
            delivery.chat = routing;
            routing.cluster = member;
            routing.mail = delivery.mail;
            routing.writer = writer;
            routing.sessions = f.sessions;
            routing.delivery = delivery;
            writer.store = new MessageStore(f.connection.database());
            writer.connections = connections;
            writer.routing = routing;
            writer.clock = f.clock;
            writer.threads = new ChatWriterTest.Threads();
            writer.start();
            delivery.listen(null);
        }

        void stop() {
            writer.stop();
            member.stop();
        }
    }

    @BeforeEach
    void start() throws IOException {
        System.setProperty("hazelcast.wait.seconds.before.join", "0");
        f = new SessionFixture(dataDir);
        new RealtimeIndexes(true).ensureIndexes(f.connection.database());
        f.expert("e1", Presence.ONLINE, Channel.CHAT);
        int portA = freePort();
        int portB = freePort();
        List<String> members = List.of("127.0.0.1:" + portA, "127.0.0.1:" + portB);
        a = new Server(members, portA);
        b = new Server(members, portB);
    }

    @AfterEach
    void stop() {
        b.stop();
        a.stop();
        f.close();
        System.clearProperty("hazelcast.wait.seconds.before.join");
    }

    @Test
    void clientAndExpertOnDifferentServersChatInOneNumberedOrder() {
        Session session = f.sessions.accept(f.sessions.request("c1", "e1", Channel.CHAT).id(), "e1");
        Recorder client = new Recorder("c1");
        Recorder expert = new Recorder("e1");
        a.delivery.opened(client);
        b.delivery.opened(expert);
        awaitTrue(() -> a.delivery.connectedAnywhere("e1") && b.delivery.connectedAnywhere("c1"));
        assertThat(a.member.ownerOf(session.id())).isEqualTo(b.member.ownerOf(session.id())).isPresent();

        int count = 40;
        for (int i = 0; i < count; i++) {
            boolean fromClient = i % 2 == 0;
            Server from = fromClient ? a : b;
            assertThat(from.routing.submit(new ChatWriter.Pending(session, fromClient ? "c1" : "e1", "m" + i, "id" + i,
                    fromClient ? client : expert))).isTrue();
        }
        awaitTrue(() -> client.seqs(session.id()).size() >= count && expert.seqs(session.id()).size() >= count);

        List<Long> oneToCount = LongStream.rangeClosed(1, count).boxed().toList();
        assertThat(client.seqs(session.id())).as("each number once, in order").isEqualTo(oneToCount);
        assertThat(expert.seqs(session.id())).isEqualTo(oneToCount);
        assertThat(new MessageStore(f.connection.database()).after(session.id(), 0, 100))
                .extracting(ChatMessage::text).hasSize(count).contains("m0", "m1", "m" + (count - 1));

        b.delivery.toUsers("c1", "e1", "{\"type\":\"billing.tick\"}");
        awaitTrue(() -> client.frames.stream().anyMatch(frame -> frame.getString("type").equals("billing.tick")));
    }

    @Test
    void theOperationsFeedReachesEveryAdministratorOnAnyServerAndNobodyElse() {
        Recorder adminOnA = new Recorder("admin-a", "ADMIN");
        Recorder adminOnB = new Recorder("admin-b", "ADMIN");
        Recorder client = new Recorder("c1");
        a.delivery.opened(adminOnA);
        b.delivery.opened(adminOnB);
        b.delivery.opened(client);

        a.delivery.toAdmins("{\"type\":\"ops.session\",\"event\":\"tick\"}");
        awaitTrue(() -> adminOnA.frames.size() == 1 && adminOnB.frames.size() == 1);
        assertThat(adminOnB.frames.get(0).getString("type")).isEqualTo("ops.session");

        b.delivery.closed(adminOnB);
        b.delivery.toAdmins("{\"type\":\"ops.session\",\"event\":\"ended\"}");
        awaitTrue(() -> adminOnA.frames.size() == 2);
        assertThat(adminOnB.frames).as("a closed connection hears nothing").hasSize(1);
        assertThat(client.frames).as("participants never get the feed").isEmpty();
    }

    @Test
    void aUserIsConnectedAnywhereUntilTheirLastServerLetsGo() {
        Recorder expert = new Recorder("e1");
        b.delivery.opened(expert);
        awaitTrue(() -> a.delivery.connectedAnywhere("e1"));
        assertThat(a.connections.isConnected("e1")).isFalse();

        b.delivery.closed(expert);
        awaitTrue(() -> !a.delivery.connectedAnywhere("e1"));
    }

    @Test
    void theConnectionsOfAServerThatLeavesAreGoneWithIt() {
        a.member.onMemberLeft(a.delivery.directory::forget);
        Recorder expert = new Recorder("e1");
        b.delivery.opened(expert);
        awaitTrue(() -> a.delivery.connectedAnywhere("e1"));

        b.member.stop(); // as a crash looks once the member timeout is over: B's connections closed with it
        awaitTrue(() -> !a.delivery.connectedAnywhere("e1"));
        assertThat(a.member.nodeIds()).containsExactly(a.member.nodeId());
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
