package dev.skillfast.billing.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.billing.store.AccountStore;

/**
 * Marks of entries that are final, per account, to be removed in this server's next write to that
 * account (no extra write per entry). Recovery {@link #flush flushes} the queues left waiting
 * {@link #CLEAR_AFTER} (an account no longer written to, e.g. once its session ended) in one write;
 * clearing every queue once a minute was one write per account charged in that minute, all at once.
 * Marks are kept in memory only: a mark a stopped server never cleared is found by recovery's scan.
 */
@ApplicationScoped
public class ClearableMarks {

    static final Duration CLEAR_AFTER = Duration.ofMinutes(5);
    private static final int LIMIT = 50_000;

    @Inject
    AccountStore accounts;

    @Inject
    Clock clock;

    private final ConcurrentHashMap<String, Set<String>> byAccount = new ConcurrentHashMap<>();
    /** When each account's queue was started. */
    private final ConcurrentHashMap<String, Instant> queuedSince = new ConcurrentHashMap<>();

    public ClearableMarks() {
    }

    public ClearableMarks(AccountStore accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Queues the marks a final entry left: its refusal on the account that refused it, or, when it was
     * applied ({@code refusedBy} null), its id on every account it moved.
     */
    public void queue(JournalEntry entry, String refusedBy) {
        if (refusedBy != null) {
            queue(refusedBy, entry.id());
        } else {
            entry.postings().forEach(p -> queue(p.account(), entry.id()));
        }
    }

    /** Takes the account's queued entry ids, to be cleared by the write about to be made to it. */
    public Collection<String> take(String account) {
        queuedSince.remove(account);
        Set<String> marks = byAccount.remove(account);
        return marks == null ? List.of() : marks;
    }

    /** Puts back what {@link #take} gave when the write that was to clear them failed. */
    public void giveBack(String account, Collection<String> entryIds) {
        entryIds.forEach(id -> queue(account, id));
    }

    /** Whether every mark on the account is queued here to be cleared anyway. */
    public boolean queuedHere(LedgerAccount account) {
        Set<String> queued = byAccount.get(account.id());
        return queued != null && account.marksWithin(queued);
    }

    /**
     * Removes in one write the queued marks of the accounts {@code due} accepts (given when their queue
     * started); on failure they stay on the accounts, where recovery's scan finds them.
     */
    public void flush(BiPredicate<String, Instant> due) {
        Map<String, List<String>> flushed = new HashMap<>();
        for (String account : List.copyOf(byAccount.keySet())) {
            if (due.test(account, queuedSince.get(account))) {
                Collection<String> marks = take(account);
                if (!marks.isEmpty()) {
                    flushed.put(account, List.copyOf(marks));
                }
            }
        }
        accounts.clearMarksAll(flushed);
    }

    /** Flushes the queues started {@link #CLEAR_AFTER} ago or earlier, and those of {@code alsoThese}. */
    public void flushWaiting(Set<String> alsoThese) {
        Instant cutoff = clock.instant().minus(CLEAR_AFTER);
        flush((account, since) -> since == null || !since.isAfter(cutoff) || alsoThese.contains(account));
    }

    private void queue(String account, String entryId) {
        if (byAccount.size() > LIMIT) {
            flush((any, since) -> true);
        }
        byAccount.computeIfAbsent(account, a -> ConcurrentHashMap.newKeySet()).add(entryId);
        queuedSince.putIfAbsent(account, clock.instant());
    }
}
