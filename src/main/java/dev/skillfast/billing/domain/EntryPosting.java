package dev.skillfast.billing.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.billing.domain.AccountMoves.Debit;
import dev.skillfast.billing.store.AccountPostingStore;
import dev.skillfast.billing.store.JournalStore;

/**
 * Posting one entry: written PENDING under its idempotency key, then each posting moves its account once
 * (the floor-guarded debit first, so a refusal leaves no other posting behind), then the entry is marked
 * APPLIED or REFUSED and its marks are queued for clearing. Only the entry's writer completes it right away,
 * and recovery (under a claim) once its writer is gone: two completers at once could each miss the other's
 * mark once it was cleared and move an account twice.
 */
@ApplicationScoped
public class EntryPosting {

    /** How long a poster of an existing key waits for its writer to finish before answering PENDING. */
    private static final Duration AWAIT_WRITER = Duration.ofSeconds(3);

    @Inject
    JournalStore journal;

    @Inject
    AccountPostingStore postings;

    @Inject
    ClearableMarks marks;

    @Inject
    Clock clock;

    public EntryPosting() {
    }

    public EntryPosting(JournalStore journal, AccountPostingStore postings, ClearableMarks marks, Clock clock) {
        this.journal = journal;
        this.postings = postings;
        this.marks = marks;
        this.clock = clock;
    }

    /**
     * Journals the draft once under its key and applies it; answers the entry with its final status. When
     * the key was already taken, answers that entry instead, waiting a moment for its writer to finish; it
     * may then still be PENDING (its writer is slow or gone: recovery completes it later).
     */
    public JournalEntry post(EntryDraft draft) {
        JournalEntry fresh = pending(draft, clock.instant());
        Optional<JournalEntry> existing = journal.insertOrGetExisting(fresh);
        if (existing.isEmpty()) {
            return complete(fresh, false);
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
     * Applies a PENDING entry's postings (each at most once), then records its final status.
     *
     * @param recovering completing an entry someone else wrote: every move first checks the account for an
     *                   earlier application (the writer itself knows there was none)
     */
    public JournalEntry complete(JournalEntry entry, boolean recovering) {
        Instant now = clock.instant();
        List<Posting> ordered = new ArrayList<>(entry.postings());
        ordered.sort(Comparator.comparing((Posting p) -> !guarded(p)));
        for (Posting p : ordered) {
            if (apply(entry, p, recovering, now) == Move.REFUSED) {
                journal.markStatus(entry.id(), EntryStatus.REFUSED, now);
                marks.queue(entry, p.account());
                return entry.withStatus(EntryStatus.REFUSED);
            }
        }
        journal.markStatus(entry.id(), EntryStatus.APPLIED, now);
        marks.queue(entry, null);
        return entry.withStatus(EntryStatus.APPLIED);
    }

    private Move apply(JournalEntry entry, Posting p, boolean recovering, Instant now) {
        String account = p.account();
        Collection<String> clear = marks.take(account);
        try {
            return guarded(p)
                    ? postings.debit(new Debit(account, entry.currency(), entry.id(), -p.amount(), clear), now)
                    : postings.move(account, entry.currency(), entry.id(), p.amount(), recovering, clear, now);
        } catch (RuntimeException e) {
            marks.giveBack(account, clear);
            throw e;
        }
    }

    /** A new PENDING entry for a draft, under a fresh id. */
    static JournalEntry pending(EntryDraft draft, Instant at) {
        return new JournalEntry(UUID.randomUUID().toString(), draft.idempotencyKey(), draft.type(), draft.currency(),
                draft.postings(), draft.sessionId(), draft.unitIndex(), draft.reason(), draft.createdBy(),
                EntryStatus.PENDING, at);
    }

    /** The posting that may be refused: a debit of a user's account, which never goes below zero. */
    static boolean guarded(Posting p) {
        return p.amount() < 0 && AccountIds.neverNegative(p.account());
    }
}
