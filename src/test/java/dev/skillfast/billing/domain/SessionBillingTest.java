package dev.skillfast.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.Presence;
import dev.skillfast.platform.errors.PaymentRequiredException;
import dev.skillfast.sessions.domain.EndReason;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionState;
import dev.skillfast.testing.ForwardingMetering;

/**
 * Per-unit billing of sessions on the embedded store, with a movable clock: units charged once however
 * often the sweep runs, free minutes, the funds cut-off with its warning, settlement, and what the
 * lifecycle's calls and the sweep's due keys guarantee. Disconnections and restarts: {@link BillingRecoveryTest}.
 */
class SessionBillingTest extends BillingFixtureTest {

    @BeforeEach
    void open() {
        b.f.expert("e1", Presence.ONLINE, 100, 0, Channel.CHAT);
        b.f.expert("free", Presence.ONLINE, 100, 2, Channel.CHAT);
    }

    @Test
    void eachUnitIsChargedAtItsStartAndOnlyOnce() {
        Session s = b.started("c1", "e1", 1000);
        assertEquals(1, b.state(s).unitsBilled(), "unit 0 at acceptance");
        assertEquals(900, b.wallets.balance("c1", "EUR"));
        b.clock.advance(Duration.ofSeconds(59));
        b.billing.sweep();
        assertEquals(900, b.wallets.balance("c1", "EUR"));
        b.clock.advance(Duration.ofSeconds(1));
        BilledSession stale = b.billed(s); // as a racing sweep would hold it
        b.billing.sweep();
        b.billing.sweep();
        b.charges.chargeDue(stale);
        assertEquals(800, b.wallets.balance("c1", "EUR"));
        assertEquals(2, b.charged(s));
        assertEquals(160, b.wallets.earnings("e1", "EUR").balance());
        b.clock.advance(Duration.ofSeconds(30));
        b.f.sessions.end(s.id(), "c1", false);
        BillingState ended = b.state(s);
        assertEquals(2, ended.settlement().paidUnits());
        assertEquals(200, ended.settlement().total());
        assertEquals(160, ended.settlement().expertEarning());
        assertEquals(40, ended.settlement().commission());
        assertEquals(90, ended.settlement().durationSeconds());
        assertTrue(b.ledger.check().differences().isEmpty(), b::differences);
        BillingTick last = b.ticks.fired.get(b.ticks.fired.size() - 1);
        assertEquals(2, last.minutes());
        assertEquals(200, last.cost());
        assertEquals(800, last.balance());
        assertEquals(0, b.billing.sweep().sessions(), "a settled session is off the sweep's list");
    }

    @Test
    void aSweepThatWasLateChargesEveryUnitThatStartedAndTheEndChargesTheStartedOne() {
        Session s = b.started("c1", "e1", 1000);
        b.clock.advance(Duration.ofSeconds(150)); // units 1 and 2 started meanwhile
        b.f.sessions.end(s.id(), "c1", false);
        assertEquals(3, b.charged(s));
        assertEquals(3, b.state(s).settlement().unitsBilled());
        assertEquals(700, b.wallets.balance("c1", "EUR"));
    }

    @Test
    void freeMinutesAreNotCharged() {
        Session s = b.started("c1", "free", 0);
        assertEquals(1, b.state(s).unitsBilled());
        b.clock.advance(Duration.ofSeconds(60));
        b.billing.sweep();
        assertEquals(0, b.charged(s));
        b.clock.advance(Duration.ofSeconds(10));
        b.f.sessions.end(s.id(), "c1", false);
        BillingState ended = b.state(s);
        assertEquals(2, ended.settlement().freeUnits());
        assertEquals(0, ended.settlement().total());
    }

    @Test
    void startingNeedsTheFirstMinutesCoveredAnd402SaysWhatIsMissing() {
        b.wallets.grant("admin", "c1", 150, "EUR", "test", null);
        PaymentRequiredException e = assertThrows(PaymentRequiredException.class,
                () -> b.f.sessions.request("c1", "e1", Channel.CHAT));
        assertEquals(50, e.missingAmount());
        assertEquals("EUR", e.currency());
        // two free minutes: nothing needed
        b.f.sessions.request("c2", "free", Channel.CHAT);
    }

    @Test
    void whenMoneyRunsOutTheWarningComesOneUnitBeforeAndTheSessionEndsAtTheBoundary() {
        Session s = b.started("c1", "e1", 300);
        assertTrue(b.lows.fired.isEmpty());
        b.clock.advance(Duration.ofSeconds(60));
        b.billing.sweep();
        assertEquals(100, b.wallets.balance("c1", "EUR"));
        assertTrue(b.lows.fired.isEmpty(), "unit 2 is still covered");
        b.clock.advance(Duration.ofSeconds(60));
        b.billing.sweep();
        assertEquals(0, b.wallets.balance("c1", "EUR"));
        assertEquals(1, b.lows.fired.size());
        assertEquals(s.startedAt().plusSeconds(180), b.lows.fired.get(0).endsAt());
        b.billing.sweep();
        assertEquals(1, b.lows.fired.size(), "warned once");
        b.clock.advance(Duration.ofSeconds(61));
        b.billing.sweep();
        Session ended = b.f.sessions.find(s.id()).orElseThrow();
        assertEquals(SessionState.ENDED, ended.state());
        assertEquals(EndReason.FUNDS, ended.endReason());
        assertEquals(s.startedAt().plusSeconds(180), ended.endedAt());
        assertEquals(0, b.wallets.balance("c1", "EUR"));
        assertEquals(3, b.state(s).settlement().paidUnits());
        assertEquals(EntryStatus.REFUSED, b.ledger.byKey(UnitCharges.chargeKey(s.id(), 3)).status());
        assertTrue(b.ledger.check().differences().isEmpty(), b::differences);
    }

    @Test
    void oneSweepChargesManySessionsAtOnceWithTheSameOutcomesAsOneByOne() {
        int n = 30;
        List<Session> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            b.f.expert("x" + i, Presence.ONLINE, Channel.CHAT);
            all.add(b.started("k" + i, "x" + i, i == 7 ? 200 : 10_000)); // k7 can pay unit 0 and 1 only
        }
        b.clock.advance(Duration.ofSeconds(60));
        // a racing server has already charged unit 1 of one session: the sweep must not charge it again
        b.charges.chargeDue(b.billed(all.get(3)));
        b.ticks.fired.clear();
        b.billing.sweep();
        for (int i = 0; i < n; i++) {
            assertEquals(2, b.charged(all.get(i)), "session " + i);
            assertEquals(2, b.state(all.get(i)).unitsBilled(), "session " + i);
        }
        assertEquals(9_800, b.wallets.balance("k0", "EUR"));
        assertEquals(0, b.wallets.balance("k7", "EUR"));
        assertEquals(n * 160L, IntStream.range(0, n).mapToLong(i -> b.wallets.earnings("x" + i, "EUR").balance()).sum());
        assertEquals(n - 1, b.ticks.fired.size(), "a tick for each session the sweep charged");
        assertTrue(b.ticks.fired.stream().allMatch(t -> t.balance() == (t.clientId().equals("k7") ? 0 : 9_800)),
                "each tick carries the balance the debit left");
        assertEquals(1, b.lows.fired.size(), "only k7 cannot pay its next unit");

        b.clock.advance(Duration.ofSeconds(60));
        b.billing.sweep();
        Session cut = b.f.sessions.find(all.get(7).id()).orElseThrow();
        assertEquals(SessionState.ENDED, cut.state());
        assertEquals(EndReason.FUNDS, cut.endReason());
        assertEquals(EntryStatus.REFUSED, b.ledger.byKey(UnitCharges.chargeKey(cut.id(), 2)).status());
        assertEquals(3, b.charged(all.get(0)));
        assertEquals(SessionState.ACTIVE, b.f.sessions.find(all.get(0).id()).orElseThrow().state());
        assertTrue(b.ledger.check().differences().isEmpty(), b::differences);
    }

    @Test
    void theSweepReadsOnlySessionsThatAreDueToBeLookedAt() {
        Session a = b.started("c1", "e1", 10_000);
        b.f.expert("e2", Presence.ONLINE, Channel.CHAT);
        Session c = b.started("c2", "e2", 10_000);
        b.clock.advance(Duration.ofSeconds(10));
        assertEquals(0, b.billing.sweep().sessions(), "nothing due 10 s in");
        b.clock.advance(Duration.ofSeconds(20));
        SessionBilling.SweepReport refresh = b.billing.sweep();
        assertEquals(2, refresh.sessions(), "the \"both seen\" refresh half-way through the unit");
        assertEquals(2, refresh.seen());
        assertEquals(0, b.billing.sweep().sessions(), "each looked at once");
        b.clock.advance(Duration.ofSeconds(30));
        SessionBilling.SweepReport charge = b.billing.sweep();
        assertEquals(2, charge.sessions());
        assertEquals(2, charge.charges());
        assertEquals(0, b.billing.sweep().sessions());
        assertEquals(2, b.charged(a));
        assertEquals(2, b.charged(c));
    }

    @Test
    void aSessionEndedAfterARacingWriteScheduledItIsTakenOffTheList() {
        Session s = b.started("c1", "e1", 10_000);
        b.f.sessions.end(s.id(), "c1", false);
        // a sweep that read the session while ACTIVE records its progress after the end and settlement
        b.store.recordUnits(new UnitsBilled(s.id(), 1, null, b.clock.instant()));
        SessionBilling.SweepReport stray = b.billing.sweep();
        assertEquals(1, stray.sessions());
        assertEquals(0, stray.charges());
        assertEquals(0, b.billing.sweep().sessions());
        assertEquals(1, b.charged(s));
    }

    @Test
    void anAcceptWhoseFollowUpNeverRanIsBilledByTheSweep() {
        Metering real = b.metering;
        b.f.metering = new ForwardingMetering(() -> real) {
            @Override
            public void started(Session session) {
                // the server stops between the accept and billing's follow-up
            }
        };
        Session s = b.started("c1", "e1", 10_000);
        assertEquals(0, b.charged(s));
        b.f.metering = real;
        assertEquals(1, b.billing.sweep().charges(), "due since just before the accept");
        assertEquals(1, b.charged(s));
        assertEquals(1, b.state(s).unitsBilled());
    }

    @Test
    void aSessionMarkedDueForAnAcceptThatFailedIsDroppedOnceClosed() {
        b.wallets.grant("admin", "c1", 10_000, "EUR", "test", null);
        Session s = b.f.sessions.request("c1", "e1", Channel.CHAT);
        b.metering.prepareStart(s.id(), b.clock.instant()); // an accept that then lost to a cancel
        assertEquals(1, b.billing.sweep().sessions());
        assertEquals(1, b.billing.sweep().sessions(), "left due while REQUESTED: its accept may be landing");
        b.f.sessions.cancel(s.id(), "c1");
        assertEquals(1, b.billing.sweep().sessions());
        assertEquals(0, b.billing.sweep().sessions(), "dropped once closed");
        assertEquals(0, b.charged(s));
        assertNull(b.state(s).settlement());
    }

    @Test
    void anEndWhoseSettlementAStoppedServerMissedIsSettledByTheSweepAlsoWhenAnEarlierBuildEndedIt() {
        Session s = b.started("c1", "e1", 10_000);
        b.clock.advance(Duration.ofSeconds(70));
        Metering real = b.metering;
        b.f.metering = new ForwardingMetering(() -> real) {
            @Override
            public void ended(Session session) {
                // the server stops right after the end: no settlement
            }
        };
        b.f.sessions.end(s.id(), "c1", false);
        Session older = b.started("c2", "e1", 10_000);
        b.f.sessions.end(older.id(), "c2", false);
        // as a build before billingDue covered settlement left it
        b.f.connection.database().getCollection("sessions").updateOne(com.mongodb.client.model.Filters.eq("_id", older.id()),
                com.mongodb.client.model.Updates.combine(com.mongodb.client.model.Updates.unset("billingDue"),
                        com.mongodb.client.model.Updates.set("settleDue", "old")));
        b.f.metering = real;
        assertNull(b.state(s).settlement());
        assertEquals(1, b.billing.sweep().sessions(), "only the keyed one");
        assertEquals(2, b.state(s).settlement().paidUnits());
        assertEquals(1, b.store.keyUnsettled());
        assertEquals(0, b.store.keyUnsettled());
        assertEquals(1, b.billing.sweep().sessions());
        assertEquals(1, b.state(older).settlement().paidUnits());
        assertNull(b.f.connection.database().getCollection("sessions")
                .find(com.mongodb.client.model.Filters.eq("_id", older.id())).first().get("settleDue"));
        assertEquals(0, b.billing.sweep().sessions(), "settled sessions leave the list");
        assertTrue(b.ledger.check().differences().isEmpty(), b::differences);
    }

    @Test
    void theSessionsViewsShowWhatBillingReports() {
        Session s = b.started("c1", "e1", 10_000);
        assertEquals(1, b.f.sessions.chargesOf(s).unitsBilled());
        b.wallets.grant("admin", "c2", 10_000, "EUR", "test", null);
        Session waiting = b.f.sessions.request("c2", "e1", Channel.CHAT);
        assertEquals(0, b.f.sessions.chargesOf(waiting).unitsBilled(), "not started: nothing billed, nothing read");
        b.clock.advance(Duration.ofSeconds(61));
        Session ended = b.f.sessions.end(s.id(), "c1", false);
        assertEquals(200, b.f.sessions.chargesOf(ended).settlement().total());
    }
}
