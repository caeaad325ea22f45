package dev.skillfast.payments.domain;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.skillfast.accounts.domain.AccountService;
import dev.skillfast.accounts.domain.Role;
import dev.skillfast.accounts.domain.User;
import dev.skillfast.billing.domain.BatchPosting;
import dev.skillfast.billing.domain.BillingSettings;
import dev.skillfast.billing.domain.BookCheck;
import dev.skillfast.billing.domain.ClearableMarks;
import dev.skillfast.billing.domain.EntryPosting;
import dev.skillfast.billing.domain.Ledger;
import dev.skillfast.billing.domain.LedgerRecovery;
import dev.skillfast.billing.domain.Wallets;
import dev.skillfast.billing.store.AccountPostingStore;
import dev.skillfast.billing.store.AccountStore;
import dev.skillfast.billing.store.BillingIndexes;
import dev.skillfast.billing.store.JournalStore;
import dev.skillfast.payments.store.PaymentEventStore;
import dev.skillfast.payments.store.PaymentIndexes;
import dev.skillfast.payments.store.PayoutAccountStore;
import dev.skillfast.payments.store.PayoutStore;
import dev.skillfast.payments.store.RefundStore;
import dev.skillfast.payments.store.TopupStore;
import dev.skillfast.platform.mongo.MongoConnection;
import dev.skillfast.platform.mongo.MongoSettings;
import dev.skillfast.testing.MutableClock;
import dev.skillfast.testing.RecordingEvent;

/**
 * Payments wired as the container wires them, on the embedded store in a temporary folder with a movable
 * clock, the real ledger and a scripted provider ({@link ScriptedGateway}, STRIPE) in place of Stripe.
 */
final class PaymentsFixture implements AutoCloseable {

    final MongoConnection connection;
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    final Ledger ledger;
    final Wallets wallets;
    final TopupStore topupStore;
    final RefundStore refundStore;
    final PayoutStore payoutStore;
    final PayoutAccountStore payoutAccounts;
    final ScriptedGateway gateway = new ScriptedGateway();
    final PaymentSettings settings = new PaymentSettings(List.of("EUR"), 500, 50_000, Duration.ofHours(1),
            Duration.ofMinutes(5), Duration.ofMinutes(1));
    final PaymentEvents events = new PaymentEvents();
    final Topups topups = new Topups();
    final Refunds refunds = new Refunds();
    final Payouts payouts = new Payouts();
    final Reconciliation reconciliation = new Reconciliation();
    private final TopupOutcomes topupOutcomes = new TopupOutcomes();
    final RecordingEvent<PaymentChanged> paymentChanges = new RecordingEvent<>();
    private final RefundOutcomes refundOutcomes = new RefundOutcomes();
    final RefundSteps refundSteps = new RefundSteps();
    private final PayoutOutcomes payoutOutcomes = new PayoutOutcomes();
    private final PayoutAccounts accounts = new PayoutAccounts();
    private final MoneyMoves moves;
    private final Gateways gateways = new Gateways() {
        @Override
        public List<PaymentGateway> configured() {
            return List.of(gateway);
        }

        @Override
        public Optional<PayoutGateway> payouts(PayoutMethod method) {
            return Optional.empty();
        }

        @Override
        public Optional<ConnectOnboarding> connect() {
            return Optional.empty();
        }
    };

    PaymentsFixture(Path dataDir) {
        connection = MongoConnection.open(new MongoSettings(Optional.empty(), "test", dataDir, false, Duration.ofSeconds(2)));
        var database = connection.database();
        new BillingIndexes().ensureIndexes(database);
        new PaymentIndexes().ensureIndexes(database);
        JournalStore journal = new JournalStore(database);
        AccountStore accountStore = new AccountStore(database);
        AccountPostingStore postings = new AccountPostingStore(database);
        ClearableMarks marks = new ClearableMarks(accountStore, clock);
        EntryPosting posting = new EntryPosting(journal, postings, marks, clock);
        ledger = new Ledger(posting, new BatchPosting(journal, postings, marks, posting, clock),
                new LedgerRecovery(journal, accountStore, posting, marks, clock), new BookCheck(accountStore, journal), journal);
        AccountService users = new AccountService() {
            @Override
            public User get(String userId) {
                return new User(userId, userId + "@test", "Name of " + userId, Role.CLIENT, "en", "hash", false, false,
                        Instant.EPOCH, 0, 0, null);
            }
        };
        wallets = new Wallets(accountStore, journal, ledger, users,
                new BillingSettings(60, new BigDecimal("20"), 2, Duration.ofSeconds(5), "EUR"));
        topupStore = new TopupStore(database);
        refundStore = new RefundStore(database);
        payoutStore = new PayoutStore(database);
        payoutAccounts = new PayoutAccountStore(database);
        moves = new MoneyMoves(ledger);
        wire(new PaymentEventStore(connection), users);
    }

    private void wire(PaymentEventStore eventStore, AccountService users) {
        topupOutcomes.store = topupStore;
        topupOutcomes.moves = moves;
        topupOutcomes.clock = clock;
        topupOutcomes.changes = paymentChanges;
        refundSteps.refunds = refundStore;
        refundSteps.topups = topupStore;
        refundSteps.moves = moves;
        refundSteps.settings = settings;
        refundSteps.clock = clock;
        refundOutcomes.refunds = refundStore;
        refundOutcomes.topups = topupStore;
        refundOutcomes.topupOutcomes = topupOutcomes;
        refundOutcomes.steps = refundSteps;
        refundOutcomes.moves = moves;
        refundOutcomes.clock = clock;
        payoutOutcomes.payouts = payoutStore;
        payoutOutcomes.accounts = payoutAccounts;
        payoutOutcomes.moves = moves;
        payoutOutcomes.clock = clock;
        payoutOutcomes.changes = paymentChanges;
        events.events = eventStore;
        events.topups = topupOutcomes;
        events.refunds = refundOutcomes;
        events.payouts = payoutOutcomes;
        events.clock = clock;
        topups.store = topupStore;
        topups.gateways = gateways;
        topups.events = events;
        topups.settings = settings;
        topups.clock = clock;
        refunds.topups = topupStore;
        refunds.refunds = refundStore;
        refunds.steps = refundSteps;
        refunds.gateways = gateways;
        refunds.events = events;
        refunds.wallets = wallets;
        refunds.settings = settings;
        refunds.clock = clock;
        accounts.accounts = payoutAccounts;
        accounts.payouts = payoutStore;
        accounts.gateways = gateways;
        accounts.settings = new PayoutSettings(100, "MANUAL");
        accounts.wallets = wallets;
        accounts.users = users;
        accounts.clock = clock;
        payouts.payouts = payoutStore;
        payouts.accounts = accounts;
        payouts.outcomes = payoutOutcomes;
        payouts.moves = moves;
        payouts.gateways = gateways;
        payouts.wallets = wallets;
        payouts.settings = accounts.settings;
        payouts.paymentSettings = settings;
        payouts.clock = clock;
        reconciliation.topups = topupStore;
        reconciliation.gateways = gateways;
        reconciliation.events = events;
        reconciliation.refunds = refunds;
        reconciliation.payouts = payouts;
        reconciliation.settings = settings;
        reconciliation.clock = clock;
    }

    /** A PENDING Stripe top-up of the client's, its page open at the scripted provider. */
    Topup pending(String client, long amount) {
        return topups.create(client, Provider.STRIPE, amount, "EUR", java.util.UUID.randomUUID().toString(),
                "https://desk.example.com");
    }

    /** The provider says: paid. */
    PaymentEvents.Accepted paid(String eventId, Topup t, long amount, String currency) {
        return events.accept(new ProviderEvent(Provider.STRIPE, eventId, "checkout.session.completed", clock.instant(),
                new EventSubject.TopupPaid(t.id(), amount, currency, "pi_" + t.id())));
    }

    Topup topup(String id) {
        return topupStore.find(id).orElseThrow();
    }

    long wallet(String user) {
        return wallets.balance(user, "EUR");
    }

    /** Puts money into an expert's earnings as a session charge would (from a client's wallet). */
    void earn(String expert, long amount) {
        wallets.grant("admin", "payer-of-" + expert, amount, "EUR", "test", null);
        ledger.post(new dev.skillfast.billing.domain.EntryDraft(dev.skillfast.billing.domain.EntryType.SESSION_CHARGE,
                "earn:" + expert + ":" + amount + ":" + clock.instant(), "EUR", List.of(
                new dev.skillfast.billing.domain.Posting(dev.skillfast.billing.domain.AccountIds.wallet("payer-of-" + expert, "EUR"), -amount),
                new dev.skillfast.billing.domain.Posting(dev.skillfast.billing.domain.AccountIds.earnings(expert, "EUR"), amount)),
                null, null, null, null));
    }

    String differences() {
        return ledger.check().differences().toString();
    }

    @Override
    public void close() {
        connection.close();
    }

    /** A stand-in provider: opens pages, answers lookups and refunds as the test scripts them. */
    static final class ScriptedGateway implements PaymentGateway {

        final List<ProviderEvent> lookupAnswer = new ArrayList<>();
        PaymentGateway.RefundStarted refundAnswer = new RefundStarted("re_1", RefundStatus.PENDING, null);
        final List<String> refundsAsked = new ArrayList<>();
        boolean unavailable;

        @Override
        public Provider provider() {
            return Provider.STRIPE;
        }

        @Override
        public boolean configured() {
            return true;
        }

        @Override
        public Checkout open(Topup topup, ReturnLinks links) {
            if (unavailable) {
                throw new ProviderUnavailableException("down");
            }
            return new Checkout("cs_" + topup.id(), "https://checkout.example/" + topup.id());
        }

        @Override
        public List<ProviderEvent> lookup(Topup topup) {
            if (unavailable) {
                throw new ProviderUnavailableException("down");
            }
            return List.copyOf(lookupAnswer);
        }

        @Override
        public RefundStarted refund(Topup topup, Refund refund) {
            if (unavailable) {
                throw new ProviderUnavailableException("down");
            }
            refundsAsked.add(refund.id());
            return refundAnswer;
        }

        @Override
        public List<ProviderEvent> lookupRefund(Topup topup, Refund refund) {
            return List.of();
        }
    }
}
