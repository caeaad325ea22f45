package dev.skillfast.billing.domain;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;

import com.mongodb.client.MongoDatabase;

import dev.skillfast.accounts.domain.AccountService;
import dev.skillfast.accounts.domain.Role;
import dev.skillfast.accounts.domain.User;
import dev.skillfast.billing.store.AccountPostingStore;
import dev.skillfast.billing.store.AccountStore;
import dev.skillfast.billing.store.BillingIndexes;
import dev.skillfast.billing.store.JournalStore;
import dev.skillfast.billing.store.SessionBillingStore;
import dev.skillfast.experts.domain.Channel;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionFixture;
import dev.skillfast.testing.MutableClock;
import dev.skillfast.testing.RecordingEvent;
import dev.skillfast.platform.timers.TimerRuns;

/**
 * Billing wired as the container wires it, onto a {@link SessionFixture} (the embedded store, a movable
 * clock): the ledger's parts, wallets, funding, the lifecycle's metering, unit charges, settlements and the
 * sweep (run on the caller's thread). Rates are per minute, commission 20 %, two minutes to start. Public
 * for the features built on billing (cost centres).
 */
public final class BillingFixture implements AutoCloseable {

    public final SessionFixture f;
    public final MutableClock clock;
    final JournalStore journal;
    final AccountStore accounts;
    final AccountPostingStore postings;
    final SessionBillingStore store;
    final ClearableMarks marks;
    final EntryPosting single;
    public final Ledger ledger;
    public final Wallets wallets = new Wallets();
    final UnitCharges charges = new UnitCharges();
    final Settlements settlements = new Settlements();
    public final SessionBilling billing = new SessionBilling();
    final Metering metering = new Metering();
    final RecordingEvent<BillingTick> ticks = new RecordingEvent<>();
    public final RecordingEvent<BalanceLow> lows = new RecordingEvent<>();
    final RecordingEvent<SessionSettled> settled = new RecordingEvent<>();

    public BillingFixture(Path dataDir) {
        f = new SessionFixture(dataDir);
        clock = f.clock;
        MongoDatabase database = f.connection.database();
        new BillingIndexes().ensureIndexes(database);
        journal = new JournalStore(database);
        accounts = new AccountStore(database);
        postings = new AccountPostingStore(database);
        store = new SessionBillingStore(database);
        marks = new ClearableMarks(accounts, clock);
        single = new EntryPosting(journal, postings, marks, clock);
        ledger = ledger(marks);
        BillingSettings settings = new BillingSettings(60, new BigDecimal("20"), 2, Duration.ofSeconds(5), "EUR");
        wireWallets(settings);
        Funding funding = new Funding();
        funding.settings = settings;
        funding.wallets = wallets;
        f.funding = funding;
        wireCharging();
        f.metering = metering;
    }

    /** A ledger of its own on the same database (another server, or this one after a restart). */
    Ledger ledger(ClearableMarks itsMarks) {
        EntryPosting posting = new EntryPosting(journal, postings, itsMarks, clock);
        return new Ledger(posting, new BatchPosting(journal, postings, itsMarks, posting, clock),
                new LedgerRecovery(journal, accounts, posting, itsMarks, clock), new BookCheck(accounts, journal), journal);
    }

    private void wireWallets(BillingSettings settings) {
        wallets.accounts = accounts;
        wallets.journal = journal;
        wallets.ledger = ledger;
        wallets.settings = settings;
        wallets.users = new AccountService() {
            @Override
            public User get(String userId) {
                return new User(userId, userId + "@test", userId, Role.CLIENT, "en", "h", false, false, null, 0, 0, null);
            }
        };
    }

    private void wireCharging() {
        charges.store = store;
        charges.ledger = ledger;
        charges.wallets = wallets;
        charges.sessions = f.sessions;
        charges.presence = f.presence;
        charges.clock = clock;
        charges.ticks = ticks;
        charges.lows = lows;
        settlements.store = store;
        settlements.charges = charges;
        settlements.clock = clock;
        settlements.settled = settled;
        metering.store = store;
        metering.charges = charges;
        metering.settlements = settlements;
        metering.clock = clock;
        SweepRunner runner = new SweepRunner();
        runner.charges = charges;
        runner.settlements = settlements;
        runner.store = store;
        runner.runs = new TimerRuns(clock);
        billing.store = store;
        billing.sessions = f.sessions;
        billing.presence = f.presence;
        billing.runner = runner;
        billing.clock = clock;
    }

    /** A client with {@code credit} in their wallet in an ACTIVE chat with {@code expert}. */
    Session started(String client, String expert, long credit) {
        if (credit > 0) {
            wallets.grant("admin", client, credit, "EUR", "test", null);
        }
        Session s = f.sessions.request(client, expert, Channel.CHAT);
        return f.sessions.accept(s.id(), expert);
    }

    /** Billing's state of the session as stored now. */
    BillingState state(Session s) {
        return store.find(s.id()).orElseThrow();
    }

    /** The session and billing's state as stored now, as the sweep reads them. */
    BilledSession billed(Session s) {
        return new BilledSession(f.sessions.find(s.id()).orElseThrow(), state(s));
    }

    /** How many of the session's units were charged (APPLIED entries). */
    long charged(Session s) {
        long n = 0;
        for (long unit = 0; unit < 100; unit++) {
            JournalEntry e = ledger.byKey(UnitCharges.chargeKey(s.id(), unit));
            if (e != null && e.status() == EntryStatus.APPLIED) {
                n++;
            }
        }
        return n;
    }

    /** The ledger check's differences, as a message when there are any. */
    public String differences() {
        return ledger.check().differences().toString();
    }

    @Override
    public void close() {
        f.close();
    }
}
