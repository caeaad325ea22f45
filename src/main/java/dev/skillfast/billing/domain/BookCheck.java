package dev.skillfast.billing.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.billing.store.AccountStore;
import dev.skillfast.billing.store.JournalStore;

/**
 * Recomputes every account from the journal and compares: balances (APPLIED entries, plus PENDING ones
 * whose mark shows the move already happened), lifetime credits, entries that do not sum to zero, refused
 * entries that moved an account, users' accounts below zero. Empty when all is well.
 */
@ApplicationScoped
public class BookCheck {

    @Inject
    AccountStore accounts;

    @Inject
    JournalStore journal;

    public BookCheck() {
    }

    public BookCheck(AccountStore accounts, JournalStore journal) {
        this.accounts = accounts;
        this.journal = journal;
    }

    /** One thing the check found wrong. */
    public record Difference(String kind, String account, String entryId, Long expected, Long actual, String message) {
    }

    /** What a check found, and how much it looked at. */
    public record Report(List<Difference> differences, int accounts, long entries) {
    }

    /** What the journal says each account should hold. */
    private static final class Expected {
        final Map<String, Long> balances = new HashMap<>();
        final Map<String, Long> lifetimes = new HashMap<>();
        final List<Difference> differences = new ArrayList<>();
        long entries;
    }

    public Report check() {
        Map<String, LedgerAccount> byId = new HashMap<>();
        accounts.all().forEach(a -> byId.put(a.id(), a));
        Expected expected = new Expected();
        journal.each(entry -> count(entry, byId, expected));
        List<Difference> differences = new ArrayList<>(expected.differences);
        expected.balances.forEach((id, balance) -> compare(byId.get(id), id, balance, expected.lifetimes.get(id), differences));
        for (LedgerAccount account : byId.values()) {
            if (!expected.balances.containsKey(account.id()) && (account.balance() != 0 || account.lifetimeCredits() != 0)) {
                differences.add(new Difference("balance", account.id(), null, 0L, account.balance(),
                        "Account " + account.id() + " holds money no entry put there."));
            }
            if (AccountIds.neverNegative(account.id()) && account.balance() < 0) {
                differences.add(new Difference("negative", account.id(), null, 0L, account.balance(),
                        "Account " + account.id() + " is below zero."));
            }
        }
        return new Report(differences, byId.size(), expected.entries);
    }

    private static void count(JournalEntry entry, Map<String, LedgerAccount> byId, Expected expected) {
        expected.entries++;
        long sum = entry.postings().stream().mapToLong(Posting::amount).sum();
        if (sum != 0) {
            expected.differences.add(new Difference("entry-sum", null, entry.id(), 0L, sum,
                    "Entry " + entry.idempotencyKey() + " does not sum to zero."));
        }
        for (Posting p : entry.postings()) {
            LedgerAccount account = byId.get(p.account());
            boolean moved = account != null && account.holds(entry.id());
            if (entry.status() == EntryStatus.APPLIED || entry.status() == EntryStatus.PENDING && moved) {
                expected.balances.merge(p.account(), p.amount(), Long::sum);
                expected.lifetimes.merge(p.account(), Math.max(0, p.amount()), Long::sum);
            }
            if (entry.status() == EntryStatus.REFUSED && moved) {
                expected.differences.add(new Difference("refused-applied", p.account(), entry.id(), null, null,
                        "Refused entry " + entry.idempotencyKey() + " moved " + p.account() + "."));
            }
        }
    }

    private static void compare(LedgerAccount account, String id, long balance, long lifetime, List<Difference> differences) {
        long actual = account == null ? 0 : account.balance();
        if (actual != balance) {
            differences.add(new Difference("balance", id, null, balance, actual, "Balance of " + id + " differs from its journal."));
        }
        long actualLifetime = account == null ? 0 : account.lifetimeCredits();
        if (actualLifetime != lifetime) {
            differences.add(new Difference("lifetime", id, null, lifetime, actualLifetime,
                    "Lifetime credits of " + id + " differ from its journal."));
        }
    }
}
