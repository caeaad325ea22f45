package dev.skillfast.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.skillfast.accounts.domain.AccountService;
import dev.skillfast.accounts.domain.Role;
import dev.skillfast.accounts.domain.User;
import dev.skillfast.billing.store.AccountStore;
import dev.skillfast.billing.store.BillingIndexes;
import dev.skillfast.billing.store.JournalStore;
import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.Presence;
import dev.skillfast.platform.problem.ProblemException;
import dev.skillfast.platform.problem.ProblemType;
import dev.skillfast.sessions.domain.EndReason;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionFixture;
import dev.skillfast.sessions.domain.SessionState;
import dev.skillfast.testing.RecordingEvent;

/**
 * Per-unit billing and the ledger on the embedded store, with a movable clock: units charged once
 * however often the sweep runs, free minutes, the funds cut-off with its warning, settlement, and the
 * recovery of an entry a crash left half applied.
 */
class SessionBillingTest {

    @TempDir
    Path dataDir;

    private SessionFixture f;
    private SessionBilling billing;
    private Ledger ledger;
    private Wallets wallets;
    private final RecordingEvent<BillingTick> ticks = new RecordingEvent<>();
    private final RecordingEvent<BalanceLow> lows = new RecordingEvent<>();

    @BeforeEach
    void open() {
        f = new SessionFixture(dataDir);
        new BillingIndexes().ensureIndexes(f.connection.database());
        ledger = new Ledger();
        ledger.journal = new JournalStore(f.connection.database());
        ledger.accounts = new AccountStore(f.connection.database());
        ledger.clock = f.clock;
        BillingSettings settings = new BillingSettings(60, new BigDecimal("20"), 2, Duration.ofSeconds(5), "EUR");
        wallets = new Wallets();
        wallets.accounts = ledger.accounts;
        wallets.journal = ledger.journal;
        wallets.ledger = ledger;
        wallets.settings = settings;
        wallets.users = new AccountService() {
            @Override
            public User get(String userId) {
                return new User(userId, userId + "@test", userId, Role.CLIENT, "en", "h", false, false, null, 0, 0, null);
            }
        };
        Funding funding = new Funding();
        funding.settings = settings;
        funding.wallets = wallets;
        f.funding = funding;
        billing = new SessionBilling();
        billing.sessions = f.sessions;
        billing.ledger = ledger;
        billing.wallets = wallets;
        billing.clock = f.clock;
        billing.ticks = ticks;
        billing.lows = lows;
        f.listener = billing::onSessionChanged;
        f.expert("e1", Presence.ONLINE, 100, 0, Channel.CHAT);
        f.expert("free", Presence.ONLINE, 100, 2, Channel.CHAT);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Session started(String client, String expert, long credit) {
        if (credit > 0) {
            wallets.grant("admin", client, credit, "EUR", "test", null);
        }
        Session s = f.sessions.request(client, expert, Channel.CHAT);
        return f.sessions.accept(s.id(), expert);
    }

    private Session reload(Session s) {
        return f.sessions.find(s.id()).orElseThrow();
    }

    private long charges(Session s) {
        long n = 0;
        for (long unit = 0; unit < 100; unit++) {
            JournalEntry e = ledger.byKey(SessionBilling.chargeKey(s.id(), unit));
            if (e != null && e.status() == EntryStatus.APPLIED) {
                n++;
            }
        }
        return n;
    }

    @Test
    void eachUnitIsChargedAtItsStartAndOnlyOnce() {
        Session s = started("c1", "e1", 1000);
        assertEquals(1, reload(s).unitsBilled(), "unit 0 at acceptance");
        assertEquals(900, wallets.balance("c1", "EUR"));
        f.clock.advance(Duration.ofSeconds(59));
        billing.sweep();
        assertEquals(900, wallets.balance("c1", "EUR"));
        f.clock.advance(Duration.ofSeconds(1));
        billing.sweep();
        billing.sweep();
        billing.chargeDue(s); // a stale copy, as a racing sweep would hold: still once
        assertEquals(800, wallets.balance("c1", "EUR"));
        assertEquals(2, charges(s));
        assertEquals(160, wallets.earnings("e1", "EUR").balance());
        f.clock.advance(Duration.ofSeconds(30));
        f.sessions.end(s.id(), "c1", false);
        Session ended = reload(s);
        assertEquals(2, ended.settlement().paidUnits());
        assertEquals(200, ended.settlement().total());
        assertEquals(160, ended.settlement().expertEarning());
        assertEquals(40, ended.settlement().commission());
        assertEquals(90, ended.settlement().durationSeconds());
        assertTrue(ledger.check().differences().isEmpty(), () -> ledger.check().differences().toString());
        BillingTick last = ticks.fired.get(ticks.fired.size() - 1);
        assertEquals(2, last.minutes());
        assertEquals(200, last.cost());
        assertEquals(800, last.balance());
    }

    @Test
    void aSweepThatWasLateChargesEveryUnitThatStartedAndTheEndChargesTheStartedOne() {
        Session s = started("c1", "e1", 1000);
        f.clock.advance(Duration.ofSeconds(150)); // units 1 and 2 started meanwhile
        f.sessions.end(s.id(), "c1", false);
        assertEquals(3, charges(s));
        assertEquals(3, reload(s).settlement().unitsBilled());
        assertEquals(700, wallets.balance("c1", "EUR"));
    }

    @Test
    void freeMinutesAreNotCharged() {
        Session s = started("c1", "free", 0);
        assertEquals(1, reload(s).unitsBilled());
        f.clock.advance(Duration.ofSeconds(60));
        billing.sweep();
        assertEquals(0, charges(s));
        f.clock.advance(Duration.ofSeconds(10));
        f.sessions.end(s.id(), "c1", false);
        Session ended = reload(s);
        assertEquals(2, ended.settlement().freeUnits());
        assertEquals(0, ended.settlement().total());
    }

    @Test
    void startingNeedsTheFirstMinutesCoveredAnd402SaysWhatIsMissing() {
        wallets.grant("admin", "c1", 150, "EUR", "test", null);
        ProblemException e = assertThrows(ProblemException.class, () -> f.sessions.request("c1", "e1", Channel.CHAT));
        assertEquals(ProblemType.PAYMENT_REQUIRED, e.type());
        assertEquals(50, e.missing().amount());
        assertEquals("EUR", e.missing().currency());
        // two free minutes: nothing needed
        f.sessions.request("c2", "free", Channel.CHAT);
    }

    @Test
    void whenMoneyRunsOutTheWarningComesOneUnitBeforeAndTheSessionEndsAtTheBoundary() {
        Session s = started("c1", "e1", 300);
        assertTrue(lows.fired.isEmpty());
        f.clock.advance(Duration.ofSeconds(60));
        billing.sweep();
        assertEquals(100, wallets.balance("c1", "EUR"));
        assertTrue(lows.fired.isEmpty(), "unit 2 is still covered");
        f.clock.advance(Duration.ofSeconds(60));
        billing.sweep();
        assertEquals(0, wallets.balance("c1", "EUR"));
        assertEquals(1, lows.fired.size());
        assertEquals(s.startedAt().plusSeconds(180), lows.fired.get(0).endsAt());
        billing.sweep();
        assertEquals(1, lows.fired.size(), "warned once");
        f.clock.advance(Duration.ofSeconds(61));
        billing.sweep();
        Session ended = reload(s);
        assertEquals(SessionState.ENDED, ended.state());
        assertEquals(EndReason.FUNDS, ended.endReason());
        assertEquals(s.startedAt().plusSeconds(180), ended.endedAt());
        assertEquals(0, wallets.balance("c1", "EUR"));
        assertEquals(3, ended.settlement().paidUnits());
        assertEquals(EntryStatus.REFUSED, ledger.byKey(SessionBilling.chargeKey(s.id(), 3)).status());
        assertTrue(ledger.check().differences().isEmpty(), () -> ledger.check().differences().toString());
    }

    @Test
    void oneSweepChargesManySessionsAtOnceWithTheSameOutcomesAsOneByOne() {
        int n = 30;
        List<Session> all = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            f.expert("x" + i, Presence.ONLINE, Channel.CHAT);
            all.add(started("k" + i, "x" + i, i == 7 ? 200 : 10_000)); // k7 can pay unit 0 and 1 only
        }
        f.clock.advance(Duration.ofSeconds(60));
        // a racing server has already charged unit 1 of one session: the sweep must not charge it again
        billing.chargeDue(all.get(3));
        ticks.fired.clear();
        billing.sweep();
        for (int i = 0; i < n; i++) {
            assertEquals(2, charges(all.get(i)), "session " + i);
            assertEquals(2, reload(all.get(i)).unitsBilled(), "session " + i);
        }
        assertEquals(9_800, wallets.balance("k0", "EUR"));
        assertEquals(0, wallets.balance("k7", "EUR"));
        assertEquals(n * 160L, java.util.stream.IntStream.range(0, n)
                .mapToLong(i -> wallets.earnings("x" + i, "EUR").balance()).sum());
        assertEquals(n - 1, ticks.fired.size(), "a tick for each session the sweep charged");
        assertTrue(ticks.fired.stream().allMatch(t -> t.balance() == (t.clientId().equals("k7") ? 0 : 9_800)),
                "each tick carries the balance the debit left");
        assertEquals(1, lows.fired.size(), "only k7 cannot pay its next unit");

        f.clock.advance(Duration.ofSeconds(60));
        billing.sweep();
        Session cut = reload(all.get(7));
        assertEquals(SessionState.ENDED, cut.state());
        assertEquals(EndReason.FUNDS, cut.endReason());
        assertEquals(EntryStatus.REFUSED, ledger.byKey(SessionBilling.chargeKey(cut.id(), 2)).status());
        assertEquals(3, charges(all.get(0)));
        assertEquals(SessionState.ACTIVE, reload(all.get(0)).state());
        assertTrue(ledger.check().differences().isEmpty(), () -> ledger.check().differences().toString());
    }

    @Test
    void aBatchThatDebitsOneWalletTwiceNeverTakesItBelowZero() {
        wallets.grant("admin", "c1", 150, "EUR", "test", null);
        List<Ledger.Draft> drafts = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            drafts.add(new Ledger.Draft(EntryType.SESSION_CHARGE, "s" + i + ":1", "EUR",
                    List.of(new Posting(AccountIds.wallet(i == 2 ? "c2" : "c1", "EUR"), -100),
                            new Posting(AccountIds.earnings("e1", "EUR"), 80), new Posting(AccountIds.commission("EUR"), 20)),
                    "s" + i, 1L, null, null));
        }
        List<Ledger.Posted> posted = ledger.postAll(drafts);
        assertEquals(EntryStatus.APPLIED, posted.get(0).entry().status());
        assertEquals(50L, posted.get(0).guardedBalance());
        assertEquals(EntryStatus.REFUSED, posted.get(1).entry().status(), "the second debit of c1 finds 50 left");
        assertEquals(EntryStatus.REFUSED, posted.get(2).entry().status(), "c2 has no money at all");
        assertEquals(50, wallets.balance("c1", "EUR"));
        assertEquals(80, wallets.earnings("e1", "EUR").balance());
        // the same keys again: the entries already there are answered, nothing moves
        List<Ledger.Posted> again = ledger.postAll(drafts);
        assertEquals(List.of(EntryStatus.APPLIED, EntryStatus.REFUSED, EntryStatus.REFUSED),
                again.stream().map(p -> p.entry().status()).toList());
        assertEquals(posted.get(0).entry().id(), again.get(0).entry().id());
        assertEquals(50, wallets.balance("c1", "EUR"));
        assertTrue(ledger.check().differences().isEmpty(), () -> ledger.check().differences().toString());
    }

    @Test
    void aDisconnectedParticipantIsBilledOnlyWithinTheGrace() {
        Session s = started("c1", "e1", 10_000);
        f.sessions.markAway("e1"); // at 0 s; grace 60 s: units starting before 60 s only
        f.clock.advance(Duration.ofSeconds(200));
        billing.sweep();
        assertEquals(1, charges(s));
        f.sessions.endDisconnected();
        Session ended = reload(s);
        assertEquals(EndReason.DISCONNECT, ended.endReason());
        assertEquals(s.startedAt().plusSeconds(60), ended.endedAt());
        assertEquals(1, ended.settlement().unitsBilled());
    }

    @Test
    void anEntryACrashLeftHalfAppliedIsCompletedOnceByRecovery() {
        wallets.grant("admin", "c1", 500, "EUR", "test", null);
        List<Posting> postings = List.of(new Posting(AccountIds.wallet("c1", "EUR"), -100),
                new Posting(AccountIds.earnings("e1", "EUR"), 80), new Posting(AccountIds.commission("EUR"), 20));
        JournalEntry pending = new JournalEntry("entry-1", "s9:0", EntryType.SESSION_CHARGE, "EUR", postings, "s9", 0L,
                null, null, EntryStatus.PENDING, f.clock.instant());
        ledger.journal.insertOrGetExisting(pending);
        // the crash: only the debit moved
        ledger.accounts.debit(AccountIds.wallet("c1", "EUR"), AccountIds.WALLET, "c1", "EUR", "entry-1", 100, List.of(),
                f.clock.instant());
        assertTrue(ledger.check().differences().isEmpty(), "a half-applied entry is accounted for by its marks");
        assertTrue(ledger.accounts.withMarks(10).stream().anyMatch(a -> a.holds("entry-1")));
        f.clock.advance(Ledger.RECOVER_AFTER.plusSeconds(1));
        assertEquals(1, ledger.recover());
        assertEquals(0, ledger.recover());
        assertEquals(400, wallets.balance("c1", "EUR"));
        assertEquals(80, wallets.earnings("e1", "EUR").balance());
        assertEquals(EntryStatus.APPLIED, ledger.byKey("s9:0").status());
        // posting the same key again changes nothing
        ledger.post(new Ledger.Draft(EntryType.SESSION_CHARGE, "s9:0", "EUR", postings, "s9", 0L, null, null));
        assertEquals(400, wallets.balance("c1", "EUR"));
        assertTrue(ledger.check().differences().isEmpty(), () -> ledger.check().differences().toString());
        assertTrue(ledger.accounts.withMarks(10).stream().noneMatch(a -> a.holds("entry-1")), "the recovered entry's marks cleared");
        // the grant's marks wait for their accounts' next write, or recovery once they have waited long enough
        assertTrue(ledger.accounts.withMarks(10).stream().anyMatch(a -> !a.pending().isEmpty()));
        f.clock.advance(Ledger.CLEAR_AFTER);
        ledger.recover();
        assertTrue(ledger.accounts.withMarks(10).isEmpty(), "marks cleared");
    }

    @Test
    void theCheckFindsABalanceTheJournalDoesNotExplain() {
        wallets.grant("admin", "c1", 500, "EUR", "test", null);
        f.connection.database().getCollection("accounts").updateOne(
                com.mongodb.client.model.Filters.eq("_id", AccountIds.wallet("c1", "EUR")),
                com.mongodb.client.model.Updates.inc("balance", 1));
        List<Ledger.Difference> differences = ledger.check().differences();
        assertEquals(1, differences.size());
        assertEquals(501, differences.get(0).actual());
        assertEquals(500, differences.get(0).expected());
    }

    @Test
    void aGrantRetriedWithTheSameKeyCreditsOnce() {
        wallets.grant("admin", "c1", 500, "EUR", "test", "k1");
        wallets.grant("admin", "c1", 500, "EUR", "test", "k1");
        assertEquals(500, wallets.balance("c1", "EUR"));
        assertThrows(ProblemException.class, () -> wallets.grant("admin", "c1", 700, "EUR", "test", "k1"));
        assertThrows(ProblemException.class, () -> wallets.grant("admin", "c1", 0, "EUR", "test", null));
        assertThrows(ProblemException.class, () -> wallets.grant("admin", "c1", 10, "eur", "test", null));
    }

    @Test
    void theSweepReadsOnlySessionsThatAreDueToBeLookedAt() {
        Session a = started("c1", "e1", 10_000);
        f.expert("e2", Presence.ONLINE, Channel.CHAT);
        Session b = started("c2", "e2", 10_000);
        f.clock.advance(Duration.ofSeconds(10));
        assertEquals(0, billing.sweep().sessions(), "nothing due 10 s in");
        f.clock.advance(Duration.ofSeconds(20));
        SessionBilling.SweepReport refresh = billing.sweep();
        assertEquals(2, refresh.sessions(), "the \"both seen\" refresh half-way through the unit");
        assertEquals(2, refresh.seen());
        assertEquals(0, billing.sweep().sessions(), "each looked at once");
        f.clock.advance(Duration.ofSeconds(30));
        SessionBilling.SweepReport charge = billing.sweep();
        assertEquals(2, charge.sessions());
        assertEquals(2, charge.charges());
        assertEquals(0, billing.sweep().sessions());
        assertEquals(2, charges(a));
        assertEquals(2, charges(b));
    }

    @Test
    void aParticipantComingBackMakesTheSessionDueAtOnce() {
        Session s = started("c1", "e1", 10_000);
        f.sessions.markAway("e1");
        f.clock.advance(Duration.ofSeconds(30));
        SessionBilling.SweepReport away = billing.sweep();
        assertEquals(1, away.sessions(), "looked at for the refresh planned before the expert left");
        assertEquals(0, away.seen(), "no \"both seen\" refresh while the expert is away");
        f.clock.advance(Duration.ofSeconds(10));
        assertEquals(0, billing.sweep().sessions());
        f.sessions.markBack("e1");
        SessionBilling.SweepReport back = billing.sweep();
        assertEquals(1, back.sessions());
        assertEquals(1, back.seen());
        assertEquals(f.clock.instant(), reload(s).seenAt());
    }

    @Test
    void aSessionEndedAfterARacingWriteScheduledItIsTakenOffTheList() {
        Session s = started("c1", "e1", 10_000);
        f.sessions.end(s.id(), "c1", false);
        // a sweep that read the session while ACTIVE records its progress after the end
        f.sessions.recordUnits(s.id(), 1, null, f.clock.instant());
        SessionBilling.SweepReport stray = billing.sweep();
        assertEquals(1, stray.sessions());
        assertEquals(0, stray.charges());
        assertEquals(0, billing.sweep().sessions());
        assertEquals(1, charges(s));
    }

    @Test
    void theNextLookIsTheNextUnitOrTheNextRefreshAndNeverLate() {
        java.time.Instant start = f.clock.instant();
        dev.skillfast.sessions.domain.Tariff perMinute = new dev.skillfast.sessions.domain.Tariff(100, "EUR", 0, 2000, 60);
        Session here = started("c1", "e1", 10_000);
        Duration grace = Duration.ofSeconds(60);
        // both here: seen at 0 s, refresh at 30 s comes before unit 1 at 60 s
        assertEquals(start.plusSeconds(30), SessionBilling.nextLook(here, perMinute, 1, start, start, grace));
        // seen at 45 s: unit 1 at 60 s comes first
        assertEquals(start.plusSeconds(60),
                SessionBilling.nextLook(here, perMinute, 1, start.plusSeconds(45), start.plusSeconds(45), grace));
        f.sessions.markAway("e1");
        Session away = reload(here);
        // away since 0 s, grace 60 s: unit 1 (at 60 s) is not billed; looked at again 30 s on
        assertEquals(start.plusSeconds(40), SessionBilling.nextLook(away, perMinute, 1, null, start.plusSeconds(10), grace));
        // with a longer grace unit 1 is billed: looked at when it starts
        assertEquals(start.plusSeconds(60),
                SessionBilling.nextLook(away, perMinute, 1, null, start.plusSeconds(10), Duration.ofSeconds(90)));
        // a unit that is already due (its charge is someone else's, still PENDING): looked at again by the next sweep
        assertEquals(start.plusSeconds(70), SessionBilling.nextLook(here, perMinute, 1, start, start.plusSeconds(70), grace));
    }

    @Test
    void pendingEntriesAnEarlierBuildWroteWithoutAKeyAreKeyedOnceAndRecovered() {
        wallets.grant("admin", "c1", 500, "EUR", "test", null);
        // as a build before the pendingKey field left a half-applied entry (and no record of the keying)
        f.connection.database().getCollection("migrations").deleteMany(new org.bson.Document());
        f.connection.database().getCollection("transactions").insertOne(new org.bson.Document("_id", "old-1")
                .append("key", "s8:0").append("type", "SESSION_CHARGE").append("currency", "EUR")
                .append("postings", List.of(new org.bson.Document("account", AccountIds.wallet("c1", "EUR")).append("amount", -100L),
                        new org.bson.Document("account", AccountIds.earnings("e1", "EUR")).append("amount", 100L)))
                .append("accounts", List.of(AccountIds.wallet("c1", "EUR"), AccountIds.earnings("e1", "EUR")))
                .append("sessionId", "s8").append("unitIndex", 0L).append("status", "PENDING")
                .append("createdAt", java.util.Date.from(f.clock.instant())));
        f.clock.advance(Ledger.RECOVER_AFTER.plusSeconds(1));
        assertEquals(0, ledger.recover(), "not found without its key");
        assertEquals(1, ledger.journal.keyOlderPendingEntries());
        assertEquals(0, ledger.journal.keyOlderPendingEntries(), "once per database");
        assertEquals(1, ledger.recover());
        assertEquals(400, wallets.balance("c1", "EUR"));
        assertEquals(EntryStatus.APPLIED, ledger.byKey("s8:0").status());
        assertTrue(ledger.journal.pendingSince(f.clock.instant(), 10).isEmpty(), "an entry leaves the list once decided");
    }

    @Test
    void anEndWhoseSettlementAStoppedServerMissedIsSettledByRecoveryAlsoWhenAnEarlierBuildEndedIt() {
        Session s = started("c1", "e1", 10_000);
        f.clock.advance(Duration.ofSeconds(70));
        f.listener = event -> { }; // the server stops right after the end: no settlement
        f.sessions.end(s.id(), "c1", false);
        assertEquals(null, reload(s).settlement());
        Session older = started("c2", "e1", 10_000);
        f.sessions.end(older.id(), "c2", false);
        // as a build before the settleDue key left it
        f.connection.database().getCollection("sessions").updateOne(com.mongodb.client.model.Filters.eq("_id", older.id()),
                com.mongodb.client.model.Updates.unset("settleDue"));
        assertEquals(1, billing.settleLeftovers(), "only the keyed one");
        assertEquals(2, reload(s).settlement().paidUnits());
        assertEquals(1, new dev.skillfast.sessions.store.SessionStore(f.connection.database()).keyOlderUnsettled());
        assertEquals(1, billing.settleLeftovers());
        assertEquals(1, reload(older).settlement().paidUnits());
        assertEquals(0, billing.settleLeftovers(), "settled sessions leave the list");
        assertTrue(ledger.check().differences().isEmpty(), () -> ledger.check().differences().toString());
    }

    @Test
    void marksAStoppedServerLeftAreClearedByTheFirstRecoveryThenEveryQuarterOfAnHour() {
        wallets.grant("admin", "c1", 500, "EUR", "test", null); // its marks wait in this server's queue
        Ledger restarted = new Ledger(); // another server, or this one after a restart: the marks are leftovers to it
        restarted.journal = ledger.journal;
        restarted.accounts = ledger.accounts;
        restarted.clock = f.clock;
        assertTrue(ledger.accounts.withMarks(10).stream().anyMatch(a -> !a.pending().isEmpty()));
        restarted.recover();
        assertTrue(ledger.accounts.withMarks(10).isEmpty(), "the first recovery scans for leftovers");
        wallets.grant("admin", "c2", 500, "EUR", "test", null);
        f.clock.advance(Duration.ofMinutes(1));
        restarted.recover();
        assertTrue(ledger.accounts.withMarks(10).stream().anyMatch(a -> !a.pending().isEmpty()), "not scanned every minute");
        f.clock.advance(Ledger.LEFTOVER_SCAN_EVERY);
        restarted.recover();
        assertTrue(ledger.accounts.withMarks(10).isEmpty());
        assertEquals(1000, wallets.balance("c1", "EUR") + wallets.balance("c2", "EUR"));
        assertTrue(ledger.check().differences().isEmpty(), () -> ledger.check().differences().toString());
    }
}
