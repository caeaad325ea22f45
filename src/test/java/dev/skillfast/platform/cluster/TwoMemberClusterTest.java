package dev.skillfast.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.skillfast.platform.security.RateLimit;
import dev.skillfast.platform.security.RateLimiter;
import dev.skillfast.testing.MutableClock;

/**
 * Two real Hazelcast members in this JVM, joined over TCP/IP on the loopback interface, as two servers
 * would be: rate limits count across both, a lease is held by one member at a time and taken over two
 * beats after its holder stops renewing it (read from a movable clock), and notes reach the other member
 * in the order published (waited for, at most 10 s each).
 */
class TwoMemberClusterTest {

    private static final Duration BEAT = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static ClusterMember a;
    private static ClusterMember b;
    private static NodeId nodeA;
    private static NodeId nodeB;

    @BeforeAll
    static void formTheCluster() throws IOException {
        System.setProperty("hazelcast.wait.seconds.before.join", "0"); // two members, started one after the other
        int portA = freePort();
        int portB = freePort();
        List<String> members = List.of("127.0.0.1:" + portA, "127.0.0.1:" + portB);
        nodeA = new NodeId(Optional.of("a"));
        nodeB = new NodeId(Optional.of("b"));
        a = new ClusterMember(settings(members, portA), nodeA, TIMEOUT);
        b = new ClusterMember(settings(members, portB), nodeB, TIMEOUT);
        a.instance();
        b.instance();
    }

    @AfterAll
    static void stop() {
        b.stop();
        a.stop();
        System.clearProperty("hazelcast.wait.seconds.before.join");
    }

    @Test
    void bothMembersSeeTheCluster() {
        assertThat(a.size()).isEqualTo(2);
        assertThat(b.size()).isEqualTo(2);
    }

    @Test
    void aRateLimitCountsAcrossTheMembers() {
        RateLimit limit = new RateLimit("test-shared-" + System.nanoTime(), 3, Duration.ofMinutes(1));
        RateLimiter onA = new RateLimiter(a);
        RateLimiter onB = new RateLimiter(b);
        assertThat(onA.tryAcquire(limit, "alice")).isEmpty();
        assertThat(onB.tryAcquire(limit, "alice")).isEmpty();
        assertThat(onA.tryAcquire(limit, "alice")).isEmpty();
        assertThat(onB.tryAcquire(limit, "alice")).as("the fourth take, on either member")
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20)));
        assertThat(onA.tryAcquire(limit, "alice")).isPresent();
        assertThat(onB.tryAcquire(limit, "bob")).as("another key has its own bucket").isEmpty();
    }

    @Test
    void oneMemberHoldsALeaseUntilItStopsRenewingIt() {
        MutableClock clock = new MutableClock();
        Leases onA = new Leases(a, nodeA, clock);
        Leases onB = new Leases(b, nodeB, clock);
        String job = "test-sweep-" + System.nanoTime();

        assertThat(onA.hold(job, BEAT)).isTrue();
        assertThat(onB.hold(job, BEAT)).isFalse();
        for (int beat = 0; beat < 5; beat++) { // A renews every beat: B never gets it
            clock.advance(BEAT);
            assertThat(onA.hold(job, BEAT)).isTrue();
            assertThat(onB.hold(job, BEAT)).isFalse();
        }
        assertThat(onB.holderOf(job)).contains(nodeA.value());

        clock.advance(BEAT); // A misses a beat: the lease still runs
        assertThat(onB.hold(job, BEAT)).isFalse();
        clock.advance(BEAT); // two beats without a renewal: B takes over, and A does not take it back
        assertThat(onB.hold(job, BEAT)).isTrue();
        assertThat(onA.hold(job, BEAT)).isFalse();
        assertThat(onA.holderOf(job)).contains(nodeB.value());
    }

    @Test
    void aNoteReachesTheOtherMembersInOrderButNotItsPublisher() throws InterruptedException {
        String topic = "test-notes-" + System.nanoTime();
        BlockingQueue<String> onA = new LinkedBlockingQueue<>();
        BlockingQueue<String> onB = new LinkedBlockingQueue<>();
        new ClusterTopics(a).subscribe(topic, onA::add);
        new ClusterTopics(b).subscribe(topic, onB::add);

        ClusterTopics fromA = new ClusterTopics(a);
        for (int i = 0; i < 20; i++) {
            fromA.publish(topic, "note-" + i);
        }
        for (int i = 0; i < 20; i++) {
            assertThat(onB.poll(10, TimeUnit.SECONDS)).isEqualTo("note-" + i);
        }
        new ClusterTopics(b).publish(topic, "from-b");
        assertThat(onA.poll(10, TimeUnit.SECONDS)).as("A hears B, and never its own notes").isEqualTo("from-b");
        assertThat(onB.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void mailToOneMemberArrivesInOrderAndAMemberThatLeavesIsReported() throws Exception {
        BlockingQueue<String> left = new LinkedBlockingQueue<>();
        a.onMemberLeft(left::add);
        int portC = freePort();
        NodeId nodeC = new NodeId(Optional.of("c"));
        ClusterMember c = new ClusterMember(settings(List.of("127.0.0.1:" + portC,
                a.instance().orElseThrow().getCluster().getLocalMember().getAddress().getHost() + ":"
                        + a.instance().orElseThrow().getCluster().getLocalMember().getAddress().getPort()), portC), nodeC, TIMEOUT);
        try {
            BlockingQueue<String[]> toC = new LinkedBlockingQueue<>();
            new NodeMail(c).receive(toC::add);
            assertThat(a.nodeIds()).contains(nodeA.value(), nodeB.value(), nodeC.value());
            assertThat(c.ownerOf("some-session")).isEqualTo(a.ownerOf("some-session")).isPresent();
            NodeMail fromA = new NodeMail(a);
            for (int i = 0; i < 20; i++) {
                fromA.send(nodeC.value(), "mail", String.valueOf(i));
            }
            for (int i = 0; i < 20; i++) {
                assertThat(toC.poll(10, TimeUnit.SECONDS)).containsExactly("mail", String.valueOf(i));
            }
        } finally {
            c.stop();
        }
        assertThat(left.poll(10, TimeUnit.SECONDS)).isEqualTo(nodeC.value());
        assertThat(a.size()).isEqualTo(2);
    }

    @Test
    void aServerAloneHoldsEveryLeaseAndCountsInItsOwnMemory() {
        NodeId alone = new NodeId(Optional.of("alone"));
        ClusterMember single = new ClusterMember(settings(List.of(), 5701), alone, TIMEOUT);
        Leases leases = new Leases(single, alone, new MutableClock());
        assertThat(leases.hold("any", BEAT)).isTrue();
        assertThat(leases.holderOf("any")).contains(alone.value());
        assertThat(single.instance()).isEmpty();
        assertThat(single.size()).isEqualTo(1);
        RateLimit limit = new RateLimit("test-local", 1, Duration.ofMinutes(1));
        RateLimiter limiter = new RateLimiter(single);
        assertThat(limiter.tryAcquire(limit, "x")).isEmpty();
        assertThat(limiter.tryAcquire(limit, "x")).isPresent();
        ClusterTopics topics = new ClusterTopics(single);
        topics.subscribe("any", note -> {
            throw new AssertionError("nobody else can publish");
        });
        topics.publish("any", "nobody to tell");
    }

    @Test
    void aClusterWithoutARealMongoDbDoesNotStart() {
        ClusterMember onEmbedded = new ClusterMember(new ClusterSettings(List.of("127.0.0.1:1"), "skillfast", 5701,
                Optional.empty(), Optional.empty()), new NodeId(Optional.of("c")), TIMEOUT);
        assertThatThrownBy(onEmbedded::instance).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SKILLFAST_MONGODB_URI");
    }

    private static ClusterSettings settings(List<String> members, int port) {
        return new ClusterSettings(members, "skillfast-test-" + ProcessHandle.current().pid(), port,
                Optional.of("127.0.0.1"), Optional.of("mongodb://127.0.0.1:27017"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
