package dev.skillfast.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.skillfast.experts.domain.Channel;
import dev.skillfast.sessions.domain.EndReason;
import dev.skillfast.sessions.domain.FundedBy;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionState;
import dev.skillfast.sessions.domain.Settlement;
import dev.skillfast.sessions.domain.Tariff;

/** The sweep's decision as a pure function: sessions as read + now + the grace → what to do with each. */
class SweepPlanTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
    private static final Tariff PER_MINUTE = new Tariff(100, "EUR", 0, 2000, 60);
    private static final Tariff TWO_FREE = new Tariff(100, "EUR", 2, 2000, 60);
    private static final Duration GRACE = Duration.ofSeconds(60);

    @Test
    void oneDuePaidUnitIsBatchedFreeUnitsAndBacklogsGoOneByOne() {
        BilledSession onePaid = active("a", PER_MINUTE, 1, START, null);
        BilledSession backlog = active("b", PER_MINUTE, 1, START, null);
        BilledSession free = active("c", TWO_FREE, 1, START, null);
        SweepPlan at60 = SweepPlan.of(List.of(onePaid, free), START.plusSeconds(60), GRACE);
        assertThat(at60.oneUnitEach()).containsExactly(onePaid);
        assertThat(at60.unitByUnit()).containsExactly(free);
        SweepPlan at150 = SweepPlan.of(List.of(backlog), START.plusSeconds(150), GRACE);
        assertThat(at150.unitByUnit()).containsExactly(backlog);
        assertThat(at150.toCharge()).isEqualTo(1);
    }

    @Test
    void nothingDueRefreshesTheBothSeenTimeOrLooksLater() {
        BilledSession stale = active("a", PER_MINUTE, 1, START, null);
        BilledSession fresh = active("b", PER_MINUTE, 1, START.plusSeconds(20), null);
        BilledSession away = active("c", PER_MINUTE, 1, START, START.plusSeconds(5));
        Instant now = START.plusSeconds(30);
        SweepPlan plan = SweepPlan.of(List.of(stale, fresh, away), now, GRACE);
        assertThat(plan.seen()).containsOnlyKeys("a");
        assertThat(plan.seen().get("a")).isEqualTo(START.plusSeconds(60)); // seen now: unit 1 comes before the next refresh
        assertThat(plan.later()).containsOnlyKeys("b", "c");
        assertThat(plan.later().get("b")).isEqualTo(START.plusSeconds(50)); // the next refresh, 30 s after 20 s
        assertThat(plan.later().get("c")).isEqualTo(START.plusSeconds(60)); // unit 1 starts within the grace
        assertThat(plan.toCharge()).isZero();
    }

    @Test
    void unitsStartingAfterTheGraceOfSomeoneAwayAreNotDue() {
        BilledSession away = active("a", PER_MINUTE, 1, START, START); // away since 0 s, grace 60 s
        SweepPlan plan = SweepPlan.of(List.of(away), START.plusSeconds(200), GRACE);
        assertThat(plan.toCharge()).isZero();
        assertThat(plan.later().get("a")).as("looked at again 30 s on").isEqualTo(START.plusSeconds(230));
    }

    @Test
    void endedSessionsAreSettledOnceAndEverythingElseLeavesTheList() {
        BilledSession unsettled = ended("a", null);
        BilledSession settled = ended("b", new Settlement(60, 1, 0, 1, 100, 80, 20, "EUR", START.plusSeconds(60)));
        BilledSession declined = new BilledSession(session("c", SessionState.DECLINED, null, null, null), BillingState.none("c"));
        BilledSession requested = new BilledSession(session("d", SessionState.REQUESTED, null, null, null), BillingState.none("d"));
        SweepPlan plan = SweepPlan.of(List.of(unsettled, settled, declined, requested), START.plusSeconds(90), GRACE);
        assertThat(plan.settle()).containsExactly(unsettled);
        assertThat(plan.drop()).containsExactly("b", "c");
        assertThat(plan.later()).isEmpty();
        assertThat(plan.seen()).isEmpty();
    }

    @Test
    void theNextLookIsTheNextUnitOrTheNextRefreshAndNeverLate() {
        BilledSession here = active("a", PER_MINUTE, 1, START, null);
        // both here: seen at 0 s, refresh at 30 s comes before unit 1 at 60 s
        assertThat(BillingSchedule.nextLook(here, 1, START, START, GRACE)).isEqualTo(START.plusSeconds(30));
        // seen at 45 s: unit 1 at 60 s comes first
        assertThat(BillingSchedule.nextLook(here, 1, START.plusSeconds(45), START.plusSeconds(45), GRACE))
                .isEqualTo(START.plusSeconds(60));
        BilledSession away = active("b", PER_MINUTE, 1, START, START);
        // away since 0 s, grace 60 s: unit 1 (at 60 s) is not billed; looked at again 30 s on
        assertThat(BillingSchedule.nextLook(away, 1, null, START.plusSeconds(10), GRACE)).isEqualTo(START.plusSeconds(40));
        // with a longer grace unit 1 is billed: looked at when it starts
        assertThat(BillingSchedule.nextLook(away, 1, null, START.plusSeconds(10), Duration.ofSeconds(90)))
                .isEqualTo(START.plusSeconds(60));
        // a unit that is already due (its charge is someone else's, still PENDING): looked at again by the next sweep
        assertThat(BillingSchedule.nextLook(here, 1, START, START.plusSeconds(70), GRACE)).isEqualTo(START.plusSeconds(70));
    }

    @Test
    void theBothSeenRefreshIsHalfAUnitAndAtMostThirtySeconds() {
        assertThat(BillingSchedule.seenEvery(PER_MINUTE)).isEqualTo(Duration.ofSeconds(30));
        assertThat(BillingSchedule.seenEvery(new Tariff(100, "EUR", 0, 2000, 10))).isEqualTo(Duration.ofSeconds(5));
        assertThat(BillingSchedule.seenEvery(new Tariff(100, "EUR", 0, 2000, 600))).isEqualTo(Duration.ofSeconds(30));
    }

    private static BilledSession active(String id, Tariff tariff, long unitsBilled, Instant seenAt, Instant awaySince) {
        Session s = session(id, SessionState.ACTIVE, tariff, null, awaySince);
        return new BilledSession(s, new BillingState(id, unitsBilled, seenAt, 0, null));
    }

    private static BilledSession ended(String id, Settlement settlement) {
        Session s = session(id, SessionState.ENDED, PER_MINUTE, START.plusSeconds(90), null);
        return new BilledSession(s, new BillingState(id, 1, START, 0, settlement));
    }

    private static Session session(String id, SessionState state, Tariff tariff, Instant endedAt, Instant clientAway) {
        Instant started = tariff == null ? null : START;
        return new Session(id, new Session.Party("c-" + id, "Client", null, 0, clientAway),
                new Session.Party("e-" + id, "Expert", null, 0, null), Channel.CHAT, state, START.minusSeconds(10),
                START.plusSeconds(50), started, endedAt, endedAt == null ? null : EndReason.CLIENT, tariff, FundedBy.WALLET, null);
    }
}
