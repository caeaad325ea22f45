package dev.skillfast.billing.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.billing.store.AccountStore;
import dev.skillfast.billing.store.AccountStore.Account;
import dev.skillfast.billing.store.AccountStore.Move;
import dev.skillfast.billing.store.JournalStore;

/**
 * The double-entry ledger, without multi-document transactions (see package-info): an entry is
 * written PENDING under its idempotency key, then each posting moves its account once (the entry id
 * is recorded on the account in the same atomic update), then the entry is marked APPLIED, then the
 * marks are cleared. A crash between any two steps leaves a PENDING entry that {@link #recover()}
 * completes with the same idempotent steps; a repeat of the whole post finds the key taken and
 * completes or returns what is there. The one debit that may be refused (a user's account going below
 * zero) is applied first, so a refusal never leaves other postings behind.
 */
@ApplicationScoped
public class Ledger {

    private static final Logger LOG = Logger.getLogger(Ledger.class.getName());
    /**
     * A PENDING entry younger than this is still being applied by the one who wrote it. Only the writer
     * and, after this long, recovery (holding a claim) ever complete an entry: two completers at once
     * could each miss the other's mark once it was cleared and move an account twice.
     */
    static final Duration RECOVER_AFTER = Duration.ofMinutes(2);
    /** How long a poster of an existing key waits for its writer to finish before answering PENDING. */
    private static final Duration AWAIT_WRITER = Duration.ofSeconds(3);

    @Inject
    JournalStore journal;

    @Inject
    AccountStore accounts;

    @Inject
    Clock clock;

    /** What to journal. */
    public record Draft(EntryType type, String idempotencyKey, String currency, List<Posting> postings, String sessionId,
                        Long unitIndex, String reason, String createdBy) {
    }

    /**
     * Journals the draft once under its key and applies it; answers the entry with its final status. When
     * the key was already taken, answers that entry instead, waiting a moment for its writer to finish; it
     * may then still be PENDING (its writer is slow or gone: recovery completes it later).
     */
    public JournalEntry post(Draft draft) {
        JournalEntry fresh = pending(draft, clock.instant());
        java.util.Optional<JournalEntry> existing = journal.insertOrGetExisting(fresh);
        if (existing.isEmpty()) {
            return complete(fresh);
        }
        JournalEntry entry = existing.get();
        long deadline = System.nanoTime() + AWAIT_WRITER.toNanos();
        while (entry.status() == EntryStatus.PENDING && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            entry = journal.find(entry.id()).orElse(entry);
        }
        return entry;
    }

    /**
     * An entry as {@link #postAll} left it, with the guarded account's balance right after its debit when
     * this batch made it (credits racing the debit, such as a grant, are not counted), else null.
     */
    public record Posted(JournalEntry entry, Long guardedBalance) {
    }

    /**
     * {@link #post} for many drafts with the same steps batched: the entries are inserted in one write, the
     * floor-guarded debits (one per draft at most) compare-and-set in one write, then the credits go out
     * as one write with one increment per account, then the statuses as one write. Each account's update
     * still records the entry ids it applies, so a crash between any two writes leaves what
     * {@link #recover()} completes, as for a single post. A draft whose key was taken is answered with the
     * entry already there, as it is (possibly still PENDING: no waiting); one whose guarded account
     * appears twice in the batch is completed on its own after the batch. Answers in draft order.
     */
    public List<Posted> postAll(List<Draft> drafts) {
        Instant now = clock.instant();
        List<JournalEntry> fresh = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            fresh.add(pending(draft, now));
        }
        Set<Integer> taken = journal.insertAll(fresh);
        Map<String, Posted> byId = new HashMap<>();
        Set<String> guardedAccounts = new HashSet<>();
        List<AccountStore.Debit> debits = new ArrayList<>();
        List<JournalEntry> batched = new ArrayList<>();
        List<JournalEntry> afterBatch = new ArrayList<>();
        Set<Integer> alone = new HashSet<>();
        for (int i = 0; i < fresh.size(); i++) {
            JournalEntry entry = fresh.get(i);
            if (taken.contains(i)) {
                alone.add(i);
                continue;
            }
            List<Posting> guarded = entry.postings().stream().filter(Ledger::guarded).toList();
            if (guarded.size() > 1 || guarded.size() == 1 && !guardedAccounts.add(guarded.get(0).account())) {
                afterBatch.add(entry); // completed once the batch has moved its account, in draft order
                continue;
            }
            batched.add(entry);
            for (Posting p : guarded) {
                debits.add(new AccountStore.Debit(p.account(), AccountIds.kindOf(p.account()), AccountIds.ownerOf(p.account()),
                        entry.currency(), entry.id(), -p.amount(), takeClearable(p.account())));
            }
        }
        Map<String, AccountStore.Debited> debited;
        try {
            debited = debits.isEmpty() ? Map.of() : accounts.debitAll(debits, now);
        } catch (RuntimeException e) {
            debits.forEach(d -> giveBack(d.accountId(), d.clear()));
            throw e; // the entries stay PENDING: recovery completes them
        }
        applyCredits(batched, debited, now);
        Map<String, EntryStatus> statuses = new HashMap<>();
        for (JournalEntry entry : batched) {
            AccountStore.Debited debit = debited.get(entry.id());
            boolean refused = debit != null && debit.move() == Move.REFUSED;
            statuses.put(entry.id(), refused ? EntryStatus.REFUSED : EntryStatus.APPLIED);
            byId.put(entry.id(), new Posted(entry.withStatus(statuses.get(entry.id())), debit == null ? null : debit.balanceAfter()));
        }
        journal.markAll(statuses, now);
        for (JournalEntry entry : batched) {
            String refusedBy = statuses.get(entry.id()) != EntryStatus.REFUSED ? null
                    : entry.postings().stream().filter(Ledger::guarded).findFirst().orElseThrow().account();
            clearMarksLater(entry, refusedBy);
        }
        for (JournalEntry entry : afterBatch) {
            byId.put(entry.id(), new Posted(complete(entry), null));
        }
        List<Posted> posted = new ArrayList<>(drafts.size());
        for (int i = 0; i < fresh.size(); i++) {
            posted.add(alone.contains(i) ? new Posted(existing(drafts.get(i)), null) : byId.get(fresh.get(i).id()));
        }
        return posted;
    }

    /**
     * The entry already journalled under a draft's key, as it is now: a batch does not wait for another
     * writer (a sweep takes up a PENDING unit again next time; recovery completes it if its writer is gone).
     */
    private JournalEntry existing(Draft draft) {
        JournalEntry entry = journal.byKey(draft.idempotencyKey());
        return entry != null ? entry : post(draft); // the clash was on the random id: try again
    }

    /** The unguarded postings of the entries whose debit went through: one increment per account. */
    private void applyCredits(List<JournalEntry> entries, Map<String, AccountStore.Debited> debited, Instant now) {
        Map<String, Map<String, Long>> byAccount = new LinkedHashMap<>();
        Map<String, String> currencies = new HashMap<>();
        for (JournalEntry entry : entries) {
            AccountStore.Debited debit = debited.get(entry.id());
            if (debit != null && debit.move() == Move.REFUSED) {
                continue;
            }
            for (Posting p : entry.postings()) {
                if (!guarded(p)) {
                    byAccount.computeIfAbsent(p.account(), a -> new LinkedHashMap<>()).merge(entry.id(), p.amount(), Long::sum);
                    currencies.put(p.account(), entry.currency());
                }
            }
        }
        List<AccountStore.Credit> credits = new ArrayList<>(byAccount.size());
        byAccount.forEach((account, amounts) -> credits.add(new AccountStore.Credit(account, AccountIds.kindOf(account),
                AccountIds.ownerOf(account), currencies.get(account), amounts, takeClearable(account))));
        try {
            accounts.moveAll(credits, now);
        } catch (RuntimeException e) {
            credits.forEach(c -> giveBack(c.accountId(), c.clear()));
            throw e;
        }
    }

    /** The entry journalled under this key, if any. */
    public JournalEntry byKey(String key) {
        return journal.byKey(key);
    }

    /** Applies a PENDING entry's postings (each at most once), then records its final status. */
    JournalEntry complete(JournalEntry entry) {
        return complete(entry, false);
    }

    /**
     * @param recovering completing an entry someone else wrote: every move first checks the account for an
     *                   earlier application (the writer itself knows there was none)
     */
    private JournalEntry complete(JournalEntry entry, boolean recovering) {
        Instant now = clock.instant();
        List<Posting> ordered = new ArrayList<>(entry.postings());
        ordered.sort(Comparator.comparing((Posting p) -> !guarded(p)));
        for (Posting p : ordered) {
            String account = p.account();
            Collection<String> clear = takeClearable(account);
            Move move;
            try {
                move = guarded(p)
                        ? accounts.debit(account, AccountIds.kindOf(account), AccountIds.ownerOf(account), entry.currency(),
                        entry.id(), -p.amount(), clear, now)
                        : accounts.move(account, AccountIds.kindOf(account), AccountIds.ownerOf(account), entry.currency(),
                        entry.id(), p.amount(), recovering, clear, now);
            } catch (RuntimeException e) {
                giveBack(account, clear);
                throw e;
            }
            if (move == Move.REFUSED) {
                journal.markStatus(entry.id(), EntryStatus.REFUSED, now);
                clearMarksLater(entry, account);
                return entry.withStatus(EntryStatus.REFUSED);
            }
        }
        journal.markStatus(entry.id(), EntryStatus.APPLIED, now);
        clearMarksLater(entry, null);
        return entry.withStatus(EntryStatus.APPLIED);
    }

    /** A new PENDING entry for a draft, under a fresh id. */
    private static JournalEntry pending(Draft draft, Instant at) {
        return new JournalEntry(UUID.randomUUID().toString(), draft.idempotencyKey(), draft.type(), draft.currency(),
                draft.postings(), draft.sessionId(), draft.unitIndex(), draft.reason(), draft.createdBy(),
                EntryStatus.PENDING, at);
    }

    /**
     * Queues for clearing the marks a final entry left: its refusal on the account that refused it, or,
     * when it was applied ({@code refusedBy} null), its id on every account it moved.
     */
    private void clearMarksLater(JournalEntry entry, String refusedBy) {
        if (refusedBy != null) {
            clearLater(refusedBy, AccountStore.refusalMark(entry.id()));
        } else {
            entry.postings().forEach(p -> clearLater(p.account(), entry.id()));
        }
    }

    private static boolean guarded(Posting p) {
        return p.amount() < 0 && AccountIds.neverNegative(p.account());
    }

    /**
     * Marks of entries that are final, per account, to be removed in this server's next write to that
     * account (no extra write per entry); {@link #recover()} removes those left waiting {@link #CLEAR_AFTER}.
     */
    private final ConcurrentHashMap<String, Set<String>> clearable = new ConcurrentHashMap<>();
    private static final int CLEARABLE_LIMIT = 50_000;

    /**
     * When each account's queue of marks to clear was started. Recovery clears only queues left waiting
     * this long (an account no longer written to, e.g. once its session ended); clearing every queue once a
     * minute was one write per account charged in that minute, all at once.
     */
    private final ConcurrentHashMap<String, Instant> queuedSince = new ConcurrentHashMap<>();
    static final Duration CLEAR_AFTER = Duration.ofMinutes(5);

    private Collection<String> takeClearable(String account) {
        queuedSince.remove(account);
        Set<String> marks = clearable.remove(account);
        return marks == null ? List.of() : marks;
    }

    private void giveBack(String account, Collection<String> marks) {
        for (String mark : marks) {
            clearLater(account, mark);
        }
    }

    private void clearLater(String account, String mark) {
        if (clearable.size() > CLEARABLE_LIMIT) {
            flushClearable((any, since) -> true);
        }
        clearable.computeIfAbsent(account, a -> ConcurrentHashMap.newKeySet()).add(mark);
        queuedSince.putIfAbsent(account, clock.instant());
    }

    /** Removes the marks waiting in {@link #clearable} for the accounts {@code due} accepts (with when their queue started), in one write. */
    private void flushClearable(java.util.function.BiPredicate<String, Instant> due) {
        Map<String, List<String>> flushed = new HashMap<>();
        for (String account : List.copyOf(clearable.keySet())) {
            if (due.test(account, queuedSince.get(account))) {
                Collection<String> marks = takeClearable(account);
                if (!marks.isEmpty()) {
                    flushed.put(account, marks.stream().map(AccountStore::entryOf).distinct().toList());
                }
            }
        }
        accounts.clearMarksAll(flushed); // on failure the marks stay on the accounts: recovery's scan clears them
    }

    /** Whether every mark on the account is queued here to be cleared anyway. */
    private boolean queuedHere(Account account) {
        Set<String> queued = clearable.get(account.id());
        return queued != null && queued.containsAll(account.pending());
    }

    /**
     * Finishes what a stopped server left half done: PENDING entries are completed, marks of entries
     * already final are cleared. Answers how many entries it completed.
     */
    public int recover() {
        Instant now = clock.instant();
        int completed = 0;
        String me = UUID.randomUUID().toString();
        Set<String> recovered = new HashSet<>();
        for (JournalEntry stale : journal.pendingSince(now.minus(RECOVER_AFTER), 1000)) {
            if (!journal.claim(stale.id(), me, now, RECOVER_AFTER)) {
                continue; // another server is on it
            }
            try {
                JournalEntry entry = journal.find(stale.id()).orElse(stale);
                if (entry.status() == EntryStatus.PENDING) {
                    JournalEntry done = complete(entry, true);
                    entry.postings().forEach(p -> recovered.add(p.account()));
                    LOG.info(() -> "Ledger recovery: entry " + entry.idempotencyKey() + " completed as " + done.status());
                    completed++;
                }
            } finally {
                journal.release(stale.id());
            }
        }
        // queues left waiting, and those of the entries completed just now (their accounts may see no more writes)
        Instant cutoff = now.minus(CLEAR_AFTER);
        flushClearable((account, since) -> since == null || !since.isAfter(cutoff) || recovered.contains(account));
        clearLeftoverMarks(now);
        return completed;
    }

    /**
     * Removes marks a stopped server (or one that failed to clear them) left on accounts of final entries.
     * They change no balance (the check counts marks of PENDING entries only), so this housekeeping reads
     * every account at the first recovery and then every {@link #LEFTOVER_SCAN_EVERY}, not every minute.
     */
    private void clearLeftoverMarks(Instant now) {
        Instant last = lastLeftoverScan;
        if (last != null && now.isBefore(last.plus(LEFTOVER_SCAN_EVERY))) {
            return;
        }
        lastLeftoverScan = now;
        Map<String, List<String>> done = new HashMap<>();
        for (Account account : accounts.withMarks(1000, marked -> !queuedHere(marked))) {
            for (String mark : account.pending()) {
                String entryId = AccountStore.entryOf(mark);
                journal.find(entryId).filter(e -> e.status() != EntryStatus.PENDING)
                        .ifPresent(e -> done.computeIfAbsent(account.id(), a -> new ArrayList<>()).add(entryId));
            }
        }
        accounts.clearMarksAll(done);
    }

    static final Duration LEFTOVER_SCAN_EVERY = Duration.ofMinutes(15);
    private volatile Instant lastLeftoverScan;

    /** One thing the ledger check found wrong. */
    public record Difference(String kind, String account, String entryId, Long expected, Long actual, String message) {
    }

    /**
     * Recomputes every account from the journal and compares: balances (APPLIED entries, plus PENDING
     * ones whose mark shows the move already happened), lifetime credits, entries that do not sum to
     * zero, users' accounts below zero. Empty when all is well.
     */
    public CheckReport check() {
        Map<String, Account> byId = new HashMap<>();
        for (Account a : accounts.all()) {
            byId.put(a.id(), a);
        }
        Map<String, Long> balances = new HashMap<>();
        Map<String, Long> lifetimes = new HashMap<>();
        List<Difference> differences = new ArrayList<>();
        long[] entries = {0};
        journal.each(entry -> {
            entries[0]++;
            long sum = entry.postings().stream().mapToLong(Posting::amount).sum();
            if (sum != 0) {
                differences.add(new Difference("entry-sum", null, entry.id(), 0L, sum,
                        "Entry " + entry.idempotencyKey() + " does not sum to zero."));
            }
            for (Posting p : entry.postings()) {
                Account account = byId.get(p.account());
                boolean counts = entry.status() == EntryStatus.APPLIED
                        || entry.status() == EntryStatus.PENDING && account != null && account.holds(entry.id());
                if (counts) {
                    balances.merge(p.account(), p.amount(), Long::sum);
                    lifetimes.merge(p.account(), Math.max(0, p.amount()), Long::sum);
                }
                if (entry.status() == EntryStatus.REFUSED && account != null && account.holds(entry.id())) {
                    differences.add(new Difference("refused-applied", p.account(), entry.id(), null, null,
                            "Refused entry " + entry.idempotencyKey() + " moved " + p.account() + "."));
                }
            }
        });
        for (Map.Entry<String, Long> expected : balances.entrySet()) {
            Account account = byId.get(expected.getKey());
            long actual = account == null ? 0 : account.balance();
            if (actual != expected.getValue()) {
                differences.add(new Difference("balance", expected.getKey(), null, expected.getValue(), actual,
                        "Balance of " + expected.getKey() + " differs from its journal."));
            }
            long lifetime = account == null ? 0 : account.lifetimeCredits();
            if (lifetime != lifetimes.get(expected.getKey())) {
                differences.add(new Difference("lifetime", expected.getKey(), null, lifetimes.get(expected.getKey()),
                        lifetime, "Lifetime credits of " + expected.getKey() + " differ from its journal."));
            }
        }
        for (Account account : byId.values()) {
            if (!balances.containsKey(account.id()) && (account.balance() != 0 || account.lifetimeCredits() != 0)) {
                differences.add(new Difference("balance", account.id(), null, 0L, account.balance(),
                        "Account " + account.id() + " holds money no entry put there."));
            }
            if (AccountIds.neverNegative(account.id()) && account.balance() < 0) {
                differences.add(new Difference("negative", account.id(), null, 0L, account.balance(),
                        "Account " + account.id() + " is below zero."));
            }
        }
        return new CheckReport(differences, byId.size(), entries[0]);
    }

    /** What a check found, and how much it looked at. */
    public record CheckReport(List<Difference> differences, int accounts, long entries) {
    }
}
