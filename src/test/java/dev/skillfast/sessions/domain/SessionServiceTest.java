package dev.skillfast.sessions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.Presence;
import dev.skillfast.platform.errors.ConflictException;
import dev.skillfast.platform.errors.ForbiddenException;
import dev.skillfast.platform.errors.NotFoundException;

/** The lifecycle rules on the embedded store, with a movable clock: no sleeping. */
class SessionServiceTest {

    @TempDir
    Path dataDir;

    private SessionFixture f;
    private SessionService sessions;

    @BeforeEach
    void open() {
        f = new SessionFixture(dataDir);
        sessions = f.sessions;
        f.expert("e1", Presence.ONLINE, Channel.CHAT, Channel.VIDEO);
        f.expert("e2", Presence.ONLINE, Channel.CHAT);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aRequestWaitsForTheExpertUntilItsTimeout() {
        Session s = sessions.request("c1", "e1", Channel.VIDEO);
        assertThat(s.state()).isEqualTo(SessionState.REQUESTED);
        assertThat(s.expiresAt()).isEqualTo(f.clock.instant().plusSeconds(60));
        assertThat(s.client().name()).isEqualTo("Name of c1");
        assertThat(f.eventTypes()).containsExactly("requested");

        f.clock.advance(Duration.ofSeconds(59));
        assertThat(sessions.expireDue()).isZero();
        f.clock.advance(Duration.ofSeconds(1));
        assertThat(sessions.expireDue()).isEqualTo(1);
        assertThat(sessions.view(s.id(), "c1", false).state()).isEqualTo(SessionState.EXPIRED);
        assertThat(f.eventTypes()).containsExactly("requested", "expired");
        // the client is free to ask again
        assertThat(sessions.request("c1", "e1", Channel.CHAT).state()).isEqualTo(SessionState.REQUESTED);
    }

    @Test
    void acceptingTooLateExpiresTheRequestEvenBeforeTheSweep() {
        Session s = sessions.request("c1", "e1", Channel.CHAT);
        f.clock.advance(Duration.ofSeconds(61));
        assertConflict(() -> sessions.accept(s.id(), "e1"), "EXPIRED");
        assertThat(sessions.view(s.id(), "e1", false).state()).isEqualTo(SessionState.EXPIRED);
    }

    @Test
    void acceptStartsTheSessionAndEndRecordsWhoEndedIt() {
        Session s = sessions.request("c1", "e1", Channel.CHAT);
        f.clock.advance(Duration.ofSeconds(5));
        Session active = sessions.accept(s.id(), "e1");
        assertThat(active.state()).isEqualTo(SessionState.ACTIVE);
        assertThat(active.startedAt()).isEqualTo(f.clock.instant());
        assertThat(active.client().awaySince()).isNull();

        Session ended = sessions.end(s.id(), "e1", false);
        assertThat(ended.state()).isEqualTo(SessionState.ENDED);
        assertThat(ended.endReason()).isEqualTo(EndReason.EXPERT);
        assertConflict(() -> sessions.end(s.id(), "c1", false), "ENDED");
        assertThat(f.eventTypes()).containsExactly("requested", "accepted", "ended");
    }

    @Test
    void strangersSeeNothingAndAdminsEndWithTheirOwnReason() {
        Session s = sessions.request("c1", "e1", Channel.CHAT);
        assertThatThrownBy(() -> sessions.view(s.id(), "c2", false)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sessions.accept(s.id(), "e2")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sessions.cancel(s.id(), "e1")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> sessions.accept(s.id(), "c1")).isInstanceOf(ForbiddenException.class);
        sessions.accept(s.id(), "e1");
        assertThat(sessions.view(s.id(), "admin", true).id()).isEqualTo(s.id());
        assertThat(sessions.end(s.id(), "admin", true).endReason()).isEqualTo(EndReason.ADMIN);
    }

    @Test
    void aSuspendedAccountsSessionEndsAtOnceAndItsRequestIsCancelled() {
        Session live = sessions.request("c1", "e1", Channel.CHAT);
        sessions.accept(live.id(), "e1");
        Session asked = sessions.request("c2", "e2", Channel.CHAT);
        f.clock.advance(Duration.ofSeconds(42));

        assertThat(sessions.closeForSuspension("e1")).isEqualTo(1);
        Session ended = sessions.view(live.id(), "c1", false);
        assertThat(ended.state()).isEqualTo(SessionState.ENDED);
        assertThat(ended.endReason()).isEqualTo(EndReason.SUSPENDED);
        assertThat(ended.endedAt()).isEqualTo(f.clock.instant());

        assertThat(sessions.closeForSuspension("c2")).isEqualTo(1);
        assertThat(sessions.view(asked.id(), "c2", false).state()).isEqualTo(SessionState.CANCELLED);
        assertThat(sessions.closeForSuspension("c1")).isZero();
        assertThat(f.eventTypes()).containsExactly("requested", "accepted", "requested", "ended", "cancelled");
    }

    @Test
    void requestsWaitingForASuspendedExpertAreDeclinedAtOnce() {
        Session asked = sessions.request("c1", "e2", Channel.CHAT);

        assertThat(sessions.closeForSuspension("e2")).isEqualTo(1);
        assertThat(sessions.view(asked.id(), "c1", false).state()).isEqualTo(SessionState.DECLINED);
        assertThat(sessions.closeForSuspension("e2")).isZero();
        assertThat(f.eventTypes()).containsExactly("requested", "declined");
    }

    @Test
    void aClientHasOneOpenSessionAndAnExpertOneActiveSession() {
        Session first = sessions.request("c1", "e1", Channel.CHAT);
        assertConflict(() -> sessions.request("c1", "e2", Channel.CHAT), "already have a session");

        Session other = sessions.request("c2", "e1", Channel.CHAT);
        sessions.accept(first.id(), "e1");
        assertConflict(() -> sessions.accept(other.id(), "e1"), "already have an active session");
        sessions.end(first.id(), "c1", false);
        assertThat(sessions.accept(other.id(), "e1").state()).isEqualTo(SessionState.ACTIVE);
        assertThat(sessions.activeOfExpert("e1")).map(Session::id).contains(other.id());
    }

    @Test
    void theExpertMustBeOnlineAndOfferTheChannel() {
        assertConflict(() -> sessions.request("c1", "e2", Channel.VIDEO), "does not offer video");
        f.expert("e3", Presence.BUSY, Channel.CHAT);
        assertConflict(() -> sessions.request("c1", "e3", Channel.CHAT), "in another session");
        f.expert("e4", Presence.OFFLINE, Channel.CHAT);
        assertConflict(() -> sessions.request("c1", "e4", Channel.CHAT), "not online");
        assertThatThrownBy(() -> sessions.request("c1", "nobody", Channel.CHAT)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aParticipantAwayLongerThanTheGraceEndsTheSession() {
        Session s = sessions.request("c1", "e1", Channel.CHAT);
        sessions.accept(s.id(), "e1");
        f.clock.advance(Duration.ofSeconds(50));
        f.presence.markAway("e1"); // the expert's last connection closed
        f.clock.advance(Duration.ofSeconds(30));
        f.presence.markBack("e1"); // back within the grace
        f.clock.advance(Duration.ofSeconds(120));
        assertThat(f.presence.endDisconnected()).isZero();

        f.presence.markAway("c1");
        f.clock.advance(Duration.ofSeconds(59));
        assertThat(f.presence.endDisconnected()).isZero();
        f.presence.markAway("c1"); // a second close does not restart the clock
        f.clock.advance(Duration.ofSeconds(1));
        assertThat(f.presence.endDisconnected()).isEqualTo(1);
        assertThat(sessions.view(s.id(), "c1", false).endReason()).isEqualTo(EndReason.DISCONNECT);
    }

    @Test
    void aParticipantWhoCameBackAndAnotherWhoLeftLaterGetTheGraceFromTheLaterDeparture() {
        Session s = sessions.request("c1", "e1", Channel.CHAT);
        sessions.accept(s.id(), "e1");
        f.presence.markAway("e1"); // at 0 s
        f.clock.advance(Duration.ofSeconds(30));
        f.presence.markBack("e1");
        f.clock.advance(Duration.ofSeconds(10));
        f.presence.markAway("c1"); // at 40 s
        f.clock.advance(Duration.ofSeconds(20));
        assertThat(f.presence.endDisconnected()).as("60 s after the expert's departure, but he is back").isZero();
        f.clock.advance(Duration.ofSeconds(39));
        assertThat(f.presence.endDisconnected()).isZero();
        f.clock.advance(Duration.ofSeconds(1));
        assertThat(f.presence.endDisconnected()).isEqualTo(1);
        Session ended = sessions.view(s.id(), "c1", false);
        assertThat(ended.endReason()).isEqualTo(EndReason.DISCONNECT);
        assertThat(ended.endedAt()).isEqualTo(s.requestedAt().plusSeconds(100));
    }

    @Test
    void requestsAnEarlierBuildLeftWithoutAnExpiryKeyAreKeyedAtStartUpAndExpire() {
        Session s = sessions.request("c1", "e1", Channel.CHAT);
        f.connection.database().getCollection("sessions").updateOne(com.mongodb.client.model.Filters.eq("_id", s.id()),
                com.mongodb.client.model.Updates.unset("expiresDue"));
        f.clock.advance(Duration.ofSeconds(60));
        assertThat(sessions.expireDue()).as("the sweep reads only keyed requests").isZero();
        assertThat(f.store.keyOlderRequests()).isEqualTo(1);
        assertThat(f.store.keyOlderRequests()).isZero();
        assertThat(sessions.expireDue()).isEqualTo(1);
        assertThat(sessions.view(s.id(), "c1", false).state()).isEqualTo(SessionState.EXPIRED);
    }

    @Test
    void afterARestartEveryoneIsAwayUntilTheyConnect() {
        Session kept = sessions.request("c1", "e1", Channel.CHAT);
        sessions.accept(kept.id(), "e1");
        Session left = sessions.request("c2", "e2", Channel.CHAT);
        sessions.accept(left.id(), "e2");
        f.presence.markEveryoneAway();
        f.presence.markBack("c1");
        f.presence.markBack("e1");
        f.clock.advance(Duration.ofSeconds(60));
        assertThat(f.presence.endDisconnected()).isEqualTo(1);
        assertThat(sessions.view(kept.id(), "c1", false).state()).isEqualTo(SessionState.ACTIVE);
        assertThat(sessions.view(left.id(), "c2", false).endReason()).isEqualTo(EndReason.DISCONNECT);
    }

    @Test
    void ofManyRacingAnswersExactlyOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            Session s = sessions.request("c" + round, "e1", Channel.CHAT);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Callable<String>> racers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                racers.add(() -> {
                    try {
                        if (n % 2 == 0) {
                            sessions.accept(s.id(), "e1");
                            return "accepted";
                        }
                        sessions.cancel(s.id(), s.clientId());
                        return "cancelled";
                    } catch (ConflictException e) {
                        return "409";
                    }
                });
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> outcome : pool.invokeAll(racers)) {
                outcomes.add(outcome.get());
            }
            pool.shutdown();
            assertThat(outcomes.stream().filter(o -> !o.equals("409"))).hasSize(1);
            Session after = sessions.view(s.id(), "e1", false);
            if (after.state() == SessionState.ACTIVE) {
                sessions.end(s.id(), "e1", false);
            }
        }
    }

    private static void assertConflict(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage()).contains(detail));
    }
}
