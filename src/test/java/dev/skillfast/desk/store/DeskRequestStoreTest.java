package dev.skillfast.desk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.skillfast.desk.domain.DeskRequest;
import dev.skillfast.desk.domain.DeskState;
import dev.skillfast.experts.domain.Channel;
import dev.skillfast.platform.mongo.MongoConnection;
import dev.skillfast.platform.mongo.MongoSettings;

/** The desk queue's rules as the store keeps them, on the embedded store. */
class DeskRequestStoreTest {

    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path dataDir;

    private MongoConnection connection;
    private DeskRequestStore store;
    private int joined;

    @BeforeEach
    void open() {
        connection = MongoConnection.open(new MongoSettings(Optional.empty(), "test", dataDir, false, Duration.ofSeconds(2)));
        new DeskIndexes().ensureIndexes(connection.database());
        store = new DeskRequestStore(connection.database());
    }

    @AfterEach
    void close() {
        connection.close();
    }

    private DeskRequest join(String client, String category, Instant at) {
        DeskRequest r = new DeskRequest("r" + (joined++), client, "Client " + client, category, Channel.CHAT,
                "My laptop does not boot", DeskState.WAITING, at, at.plus(Duration.ofMinutes(15)), null, null, null, null);
        assertThat(store.insert(r)).isTrue();
        return r;
    }

    @Test
    void aClientHasOneWaitingRequestAtATimeAndMayJoinAgainOnceItLeftTheQueue() {
        DeskRequest first = join("c1", "it", T0);
        DeskRequest again = new DeskRequest("other", "c1", "Client", "legal", Channel.CHAT, "x", DeskState.WAITING,
                T0, T0.plusSeconds(60), null, null, null, null);
        assertThat(store.insert(again)).isFalse();
        assertThat(store.waitingOf("c1")).map(DeskRequest::id).contains(first.id());

        assertThat(store.cancel(first.id(), "c1", T0.plusSeconds(5))).map(DeskRequest::state).contains(DeskState.CANCELLED);
        assertThat(store.waitingOf("c1")).isEmpty();
        assertThat(store.insert(again)).isTrue();
    }

    @Test
    void onlyItsClientCancelsAndOnlyWhileItWaits() {
        DeskRequest r = join("c1", "it", T0);
        assertThat(store.cancel(r.id(), "someone-else", T0)).isEmpty();
        assertThat(store.pick(r.id(), "e1", T0.plusSeconds(30))).isPresent();
        assertThat(store.cancel(r.id(), "c1", T0.plusSeconds(31))).isEmpty();
        assertThat(store.find(r.id())).map(DeskRequest::state).contains(DeskState.PICKED);
    }

    @Test
    void ofManyExpertsPickingOneRequestAtOnceExactlyOneWins() throws Exception {
        DeskRequest r = join("c1", "it", T0);
        int experts = 8;
        ExecutorService pool = Executors.newFixedThreadPool(experts);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Optional<DeskRequest>>> picks = new ArrayList<>();
        for (int i = 0; i < experts; i++) {
            String expert = "e" + i;
            picks.add(pool.submit(() -> {
                go.await();
                return store.pick(r.id(), expert, T0.plusSeconds(10));
            }));
        }
        go.countDown();
        List<String> winners = new ArrayList<>();
        for (Future<Optional<DeskRequest>> pick : picks) {
            pick.get(10, TimeUnit.SECONDS).ifPresent(p -> winners.add(p.pickedBy()));
        }
        pool.shutdown();
        assertThat(winners).hasSize(1);
        assertThat(store.find(r.id()).orElseThrow().pickedBy()).isEqualTo(winners.get(0));
        assertThat(store.waitingOf("c1")).isEmpty();
    }

    @Test
    void positionsStayRightWhileRequestsJoinLeaveAndArePicked() {
        Random random = new Random(42);
        List<DeskRequest> model = new ArrayList<>(); // the queue as it should be, in order
        Instant now = T0;
        for (int step = 0; step < 200; step++) {
            now = now.plusMillis(random.nextInt(3)); // several joins in the same millisecond too
            int action = random.nextInt(10);
            if (action < 5 || model.isEmpty()) {
                model.add(join("c" + step, "it", now));
                join("x" + step, "legal", now); // another category's queue does not count
            } else if (action < 7) {
                DeskRequest leaving = model.remove(random.nextInt(model.size()));
                assertThat(store.cancel(leaving.id(), leaving.clientId(), now)).isPresent();
            } else {
                DeskRequest next = model.remove(0);
                assertThat(store.pick(next.id(), "e", now)).isPresent();
            }
            List<DeskRequest> waiting = store.waiting("it");
            assertThat(waiting).extracting(DeskRequest::id).containsExactlyElementsOf(model.stream().map(DeskRequest::id).toList());
            for (int i = 0; i < model.size(); i++) {
                assertThat(store.position(model.get(i))).as("position of %s at step %d", model.get(i).id(), step).isEqualTo(i + 1);
            }
        }
    }

    @Test
    void aRequestWhoseWaitRanOutExpiresOnceAndOnlyIfStillWaiting() {
        DeskRequest late = join("c1", "it", T0);
        DeskRequest picked = join("c2", "it", T0.plusSeconds(1));
        store.pick(picked.id(), "e1", T0.plusSeconds(2));
        Instant after = T0.plus(Duration.ofMinutes(16));
        assertThat(store.expireOne(T0.plusSeconds(3))).isEmpty();
        assertThat(store.expireOne(after)).map(DeskRequest::id).contains(late.id());
        assertThat(store.expireOne(after)).isEmpty();
        assertThat(store.find(late.id())).map(DeskRequest::state).contains(DeskState.EXPIRED);
        assertThat(store.find(picked.id())).map(DeskRequest::state).contains(DeskState.PICKED);
    }

    @Test
    void recentPicksOfACategoryAreReadForTheEstimate() {
        DeskRequest a = join("c1", "it", T0);
        DeskRequest b = join("c2", "legal", T0);
        store.pick(a.id(), "e1", T0.plusSeconds(40));
        store.pick(b.id(), "e2", T0.plusSeconds(50));
        assertThat(store.pickedSince("it", T0)).extracting(DeskRequest::id).containsExactly(a.id());
        assertThat(store.pickedSince("it", T0).get(0).waited()).isEqualTo(Duration.ofSeconds(40));
        assertThat(store.pickedSince("it", T0.plusSeconds(41))).isEmpty();
    }
}
