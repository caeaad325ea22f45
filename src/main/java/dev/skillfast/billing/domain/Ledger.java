package dev.skillfast.billing.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.billing.store.JournalStore;

/**
 * The double-entry ledger, without multi-document transactions (see package-info): the one entry point
 * to its parts. {@link EntryPosting} posts single entries, {@link BatchPosting} many at once,
 * {@link ClearableMarks} queues the marks of final entries for clearing, {@link LedgerRecovery} completes
 * what a stopped server left half done, and {@link BookCheck} recomputes the whole book.
 */
@ApplicationScoped
public class Ledger {

    @Inject
    EntryPosting single;

    @Inject
    BatchPosting batch;

    @Inject
    LedgerRecovery recovery;

    @Inject
    BookCheck book;

    @Inject
    JournalStore journal;

    public Ledger() {
    }

    public Ledger(EntryPosting single, BatchPosting batch, LedgerRecovery recovery, BookCheck book, JournalStore journal) {
        this.single = single;
        this.batch = batch;
        this.recovery = recovery;
        this.book = book;
        this.journal = journal;
    }

    /**
     * Journals the draft once under its key and applies it; answers the entry with its final status (or
     * the entry already under that key, possibly still PENDING: see {@link EntryPosting#post}).
     */
    public JournalEntry post(EntryDraft draft) {
        return single.post(draft);
    }

    /** {@link #post} for many drafts with the steps batched; answers in draft order (see {@link BatchPosting}). */
    public List<PostedEntry> postAll(List<EntryDraft> drafts) {
        return batch.postAll(drafts);
    }

    /** The entry journalled under this key, if any (null otherwise). */
    public JournalEntry byKey(String key) {
        return journal.byKey(key);
    }

    /** Finishes what a stopped server left half done; answers how many entries it completed. */
    public int recover() {
        return recovery.recover();
    }

    /** Recomputes every account from the journal; no differences when all is well. */
    public BookCheck.Report check() {
        return book.check();
    }
}
