package dev.skillfast.billing.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.billing.domain.AccountMoves.Credit;
import dev.skillfast.billing.domain.AccountMoves.Debit;
import dev.skillfast.billing.domain.AccountMoves.Debited;
import dev.skillfast.billing.store.AccountPostingStore;
import dev.skillfast.billing.store.JournalStore;

/**
 * {@link EntryPosting} for many drafts with the same steps batched: the entries are inserted in one write,
 * the floor-guarded debits (one per draft at most) compare-and-set in one write, then the credits go out
 * as one write with one increment per account, then the statuses as one write. Each account's update
 * still records the entry ids it applies, so a crash between any two writes leaves what recovery
 * completes, as for a single post. A draft whose key was taken is answered with the entry already there,
 * as it is (possibly still PENDING: no waiting); one whose guarded account appears twice in the batch is
 * completed on its own after the batch.
 */
@ApplicationScoped
public class BatchPosting {

    @Inject
    JournalStore journal;

    @Inject
    AccountPostingStore postings;

    @Inject
    ClearableMarks marks;

    @Inject
    EntryPosting single;

    @Inject
    Clock clock;

    public BatchPosting() {
    }

    public BatchPosting(JournalStore journal, AccountPostingStore postings, ClearableMarks marks, EntryPosting single,
                        Clock clock) {
        this.journal = journal;
        this.postings = postings;
        this.marks = marks;
        this.single = single;
        this.clock = clock;
    }

    /** How the batch splits its fresh entries. */
    private record Split(List<JournalEntry> batched, List<Debit> debits, List<JournalEntry> afterBatch) {
    }

    /** Posts the drafts; answers in draft order. */
    public List<PostedEntry> postAll(List<EntryDraft> drafts) {
        Instant now = clock.instant();
        List<JournalEntry> fresh = drafts.stream().map(d -> EntryPosting.pending(d, now)).toList();
        Set<Integer> taken = journal.insertAll(fresh);
        Split split = split(fresh, taken);
        Map<String, Debited> debited = debit(split.debits(), now);
        credit(split.batched(), debited, now);
        Map<String, PostedEntry> byId = decide(split.batched(), debited, now);
        for (JournalEntry entry : split.afterBatch()) {
            byId.put(entry.id(), new PostedEntry(single.complete(entry, false), null));
        }
        List<PostedEntry> posted = new ArrayList<>(drafts.size());
        for (int i = 0; i < fresh.size(); i++) {
            posted.add(taken.contains(i) ? new PostedEntry(existing(drafts.get(i)), null) : byId.get(fresh.get(i).id()));
        }
        return posted;
    }

    /** Entries batched (with their debits) and those completed after the batch, in draft order; taken keys left out. */
    private Split split(List<JournalEntry> fresh, Set<Integer> taken) {
        Set<String> guardedAccounts = new HashSet<>();
        List<JournalEntry> batched = new ArrayList<>();
        List<Debit> debits = new ArrayList<>();
        List<JournalEntry> afterBatch = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            if (taken.contains(i)) {
                continue;
            }
            JournalEntry entry = fresh.get(i);
            List<Posting> guarded = entry.postings().stream().filter(EntryPosting::guarded).toList();
            if (guarded.size() > 1 || guarded.size() == 1 && !guardedAccounts.add(guarded.get(0).account())) {
                afterBatch.add(entry); // completed once the batch has moved its account
                continue;
            }
            batched.add(entry);
            for (Posting p : guarded) {
                debits.add(new Debit(p.account(), entry.currency(), entry.id(), -p.amount(), marks.take(p.account())));
            }
        }
        return new Split(batched, debits, afterBatch);
    }

    private Map<String, Debited> debit(List<Debit> debits, Instant now) {
        try {
            return debits.isEmpty() ? Map.of() : postings.debitAll(debits, now);
        } catch (RuntimeException e) {
            debits.forEach(d -> marks.giveBack(d.accountId(), d.clear()));
            throw e; // the entries stay PENDING: recovery completes them
        }
    }

    /** The unguarded postings of the entries whose debit went through: one increment per account. */
    private void credit(List<JournalEntry> entries, Map<String, Debited> debited, Instant now) {
        Map<String, Map<String, Long>> byAccount = new LinkedHashMap<>();
        Map<String, String> currencies = new HashMap<>();
        for (JournalEntry entry : entries) {
            if (refused(debited, entry)) {
                continue;
            }
            for (Posting p : entry.postings()) {
                if (!EntryPosting.guarded(p)) {
                    byAccount.computeIfAbsent(p.account(), a -> new LinkedHashMap<>()).merge(entry.id(), p.amount(), Long::sum);
                    currencies.put(p.account(), entry.currency());
                }
            }
        }
        List<Credit> credits = new ArrayList<>(byAccount.size());
        byAccount.forEach((account, amounts) -> credits.add(new Credit(account, currencies.get(account), amounts,
                marks.take(account))));
        try {
            postings.moveAll(credits, now);
        } catch (RuntimeException e) {
            credits.forEach(c -> marks.giveBack(c.accountId(), c.clear()));
            throw e;
        }
    }

    /** Records every batched entry's final status in one write and queues its marks. */
    private Map<String, PostedEntry> decide(List<JournalEntry> batched, Map<String, Debited> debited, Instant now) {
        Map<String, EntryStatus> statuses = new HashMap<>();
        Map<String, PostedEntry> byId = new HashMap<>();
        for (JournalEntry entry : batched) {
            Debited debit = debited.get(entry.id());
            EntryStatus status = refused(debited, entry) ? EntryStatus.REFUSED : EntryStatus.APPLIED;
            statuses.put(entry.id(), status);
            byId.put(entry.id(), new PostedEntry(entry.withStatus(status), debit == null ? null : debit.balanceAfter()));
        }
        journal.markAll(statuses, now);
        for (JournalEntry entry : batched) {
            String refusedBy = statuses.get(entry.id()) != EntryStatus.REFUSED ? null
                    : entry.postings().stream().filter(EntryPosting::guarded).findFirst().orElseThrow().account();
            marks.queue(entry, refusedBy);
        }
        return byId;
    }

    private static boolean refused(Map<String, Debited> debited, JournalEntry entry) {
        Debited debit = debited.get(entry.id());
        return debit != null && debit.move() == Move.REFUSED;
    }

    /**
     * The entry already journalled under a draft's key, as it is now: a batch does not wait for another
     * writer (a sweep takes up a PENDING unit again next time; recovery completes it if its writer is gone).
     */
    private JournalEntry existing(EntryDraft draft) {
        JournalEntry entry = journal.byKey(draft.idempotencyKey());
        return entry != null ? entry : single.post(draft); // the clash was on the random id: try again
    }
}
