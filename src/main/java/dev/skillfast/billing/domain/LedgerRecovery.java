package dev.skillfast.billing.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.billing.store.AccountStore;
import dev.skillfast.billing.store.JournalStore;

/**
 * Finishes what a stopped server left half done: entries still PENDING {@link #RECOVER_AFTER} after they
 * were written (their writer is gone) are completed under a claim, so two servers do not both do it;
 * marks of final entries left on accounts are cleared.
 */
@ApplicationScoped
public class LedgerRecovery {

    private static final Logger LOG = Logger.getLogger(LedgerRecovery.class.getName());
    /** A PENDING entry younger than this is still being applied by the one who wrote it. */
    static final Duration RECOVER_AFTER = Duration.ofMinutes(2);
    /**
     * Leftover marks change no balance (the check counts marks of PENDING entries only), so the scan for
     * them reads every account at the first recovery and then this often, not every minute.
     */
    static final Duration LEFTOVER_SCAN_EVERY = Duration.ofMinutes(15);

    @Inject
    JournalStore journal;

    @Inject
    AccountStore accounts;

    @Inject
    EntryPosting posting;

    @Inject
    ClearableMarks marks;

    @Inject
    Clock clock;

    private volatile Instant lastLeftoverScan;

    public LedgerRecovery() {
    }

    public LedgerRecovery(JournalStore journal, AccountStore accounts, EntryPosting posting, ClearableMarks marks,
                          Clock clock) {
        this.journal = journal;
        this.accounts = accounts;
        this.posting = posting;
        this.marks = marks;
        this.clock = clock;
    }

    /** Completes abandoned PENDING entries and clears leftover marks; answers how many entries it completed. */
    public int recover() {
        Instant now = clock.instant();
        Set<String> touched = new HashSet<>();
        int completed = completeAbandoned(now, touched);
        // queues left waiting, and those of the entries completed just now (their accounts may see no more writes)
        marks.flushWaiting(touched);
        clearLeftoverMarks(now);
        return completed;
    }

    private int completeAbandoned(Instant now, Set<String> touched) {
        int completed = 0;
        String me = UUID.randomUUID().toString();
        for (JournalEntry stale : journal.pendingSince(now.minus(RECOVER_AFTER), 1000)) {
            if (!journal.claim(stale.id(), me, now, RECOVER_AFTER)) {
                continue; // another server is on it
            }
            try {
                JournalEntry entry = journal.find(stale.id()).orElse(stale);
                if (entry.status() == EntryStatus.PENDING) {
                    JournalEntry done = posting.complete(entry, true);
                    entry.postings().forEach(p -> touched.add(p.account()));
                    LOG.info(() -> "Ledger recovery: entry " + entry.idempotencyKey() + " completed as " + done.status());
                    completed++;
                }
            } finally {
                journal.release(stale.id());
            }
        }
        return completed;
    }

    /** Removes marks a stopped server (or one that failed to clear them) left on accounts of final entries. */
    private void clearLeftoverMarks(Instant now) {
        Instant last = lastLeftoverScan;
        if (last != null && now.isBefore(last.plus(LEFTOVER_SCAN_EVERY))) {
            return;
        }
        lastLeftoverScan = now;
        Map<String, List<String>> done = new HashMap<>();
        for (LedgerAccount account : accounts.withMarks(1000, marked -> !marks.queuedHere(marked))) {
            Set<String> entryIds = new HashSet<>(account.applied());
            entryIds.addAll(account.refused());
            for (String entryId : entryIds) {
                journal.find(entryId).filter(e -> e.status() != EntryStatus.PENDING)
                        .ifPresent(e -> done.computeIfAbsent(account.id(), a -> new ArrayList<>()).add(entryId));
            }
        }
        accounts.clearMarksAll(done);
    }
}
