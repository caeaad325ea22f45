package dev.skillfast.billing.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.accounts.domain.AccountService;
import dev.skillfast.billing.store.AccountStore;
import dev.skillfast.billing.store.JournalStore;
import dev.skillfast.platform.errors.ConflictException;
import dev.skillfast.platform.errors.InvalidInputException;
import dev.skillfast.platform.input.Currencies;

/** Users' money: wallet balances and statements, earnings, and administrators' grants. */
@ApplicationScoped
public class Wallets {

    /** A single grant is capped: a typo of a few zeros should not fund a wallet for life. */
    public static final long MAX_GRANT = 100_000_000L;

    @Inject
    AccountStore accounts;

    @Inject
    JournalStore journal;

    @Inject
    Ledger ledger;

    @Inject
    AccountService users;

    @Inject
    BillingSettings settings;

    public Wallets() {
    }

    public Wallets(AccountStore accounts, JournalStore journal, Ledger ledger, AccountService users, BillingSettings settings) {
        this.accounts = accounts;
        this.journal = journal;
        this.ledger = ledger;
        this.users = users;
        this.settings = settings;
    }

    /** One currency's balance. */
    public record Balance(String currency, long balance) {
    }

    /** A statement line: the entry as this account saw it. */
    public record Line(JournalEntry entry, long amount) {
    }

    public long balance(String userId, String currency) {
        return accountBalance(AccountIds.wallet(userId, currency));
    }

    /** Any ledger account's balance (0 for one never moved). */
    public long accountBalance(String accountId) {
        return accounts.find(accountId).map(LedgerAccount::balance).orElse(0L);
    }

    /** Every currency the user's wallet holds, largest first; the default currency when none. */
    public List<Balance> balances(String userId) {
        List<Balance> held = accounts.ofOwner(userId, AccountIds.WALLET).stream()
                .map(a -> new Balance(a.currency(), a.balance()))
                .sorted(Comparator.comparingLong(Balance::balance).reversed()).toList();
        return held.isEmpty() ? List.of(new Balance(settings.currency(), 0)) : held;
    }

    /** The currency to show when the caller names none: the default one if held, else the largest balance. */
    public String mainCurrency(String userId) {
        List<Balance> held = balances(userId);
        return held.stream().map(Balance::currency).filter(settings.currency()::equals).findFirst()
                .orElse(held.get(0).currency());
    }

    public List<Line> statement(String accountId, EntryType type, Instant from, Instant to, int page, int size) {
        return journal.ofAccount(accountId, type, from, to, page, size).stream()
                .map(e -> new Line(e, e.amountOn(accountId))).toList();
    }

    public long statementSize(String accountId, EntryType type, Instant from, Instant to) {
        return journal.countOfAccount(accountId, type, from, to);
    }

    public void eachLine(String accountId, EntryType type, Instant from, Instant to, Consumer<Line> each) {
        journal.eachOfAccount(accountId, type, from, to, e -> each.accept(new Line(e, e.amountOn(accountId))));
    }

    /** An expert's earnings account in one currency. */
    public LedgerAccount earnings(String expertId, String currency) {
        String id = AccountIds.earnings(expertId, currency);
        return accounts.find(id).orElse(LedgerAccount.empty(id, currency));
    }

    /**
     * What an expert earned in all in one currency: the credits to their earnings, less the holds of payouts
     * that were given back (RELEASE), which are the same money returning, not new earnings.
     */
    public long earnedInAll(String expertId, String currency) {
        String id = AccountIds.earnings(expertId, currency);
        long[] released = {0};
        journal.eachOfAccount(id, EntryType.RELEASE, null, null, e -> released[0] += Math.max(0, e.amountOn(id)));
        return earnings(expertId, currency).lifetimeCredits() - released[0];
    }

    /** The currencies an expert has earned in (the default one when none). */
    public List<String> earningCurrencies(String expertId) {
        List<String> held = accounts.ofOwner(expertId, AccountIds.EARNINGS).stream().map(LedgerAccount::currency)
                .toList();
        return held.isEmpty() ? List.of(settings.currency()) : held;
    }

    /**
     * An administrator credits a user's wallet from external funding. A repeat with the same
     * {@code idempotencyKey} (a retried request) journals nothing new and answers the first grant.
     */
    public JournalEntry grant(String adminId, String userId, long amount, String currency, String reason,
                              String idempotencyKey) {
        if (!Currencies.isCode(currency)) {
            throw new InvalidInputException("currency", Currencies.MESSAGE);
        }
        if (amount <= 0 || amount > MAX_GRANT) {
            throw new InvalidInputException("amount", "must be between 1 and " + MAX_GRANT + " minor units");
        }
        users.get(userId); // 404 for an unknown user
        String key = "grant:" + (idempotencyKey == null ? UUID.randomUUID().toString() : adminId + ':' + idempotencyKey);
        JournalEntry entry = ledger.post(new EntryDraft(EntryType.GRANT, key, currency,
                List.of(new Posting(AccountIds.funding(currency), -amount), new Posting(AccountIds.wallet(userId, currency), amount)),
                null, null, reason, adminId));
        if (!entry.postings().contains(new Posting(AccountIds.wallet(userId, currency), amount))) {
            throw new ConflictException("This Idempotency-Key was already used for a different grant.");
        }
        return entry;
    }
}
