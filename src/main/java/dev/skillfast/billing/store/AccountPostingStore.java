package dev.skillfast.billing.store;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import dev.skillfast.billing.domain.AccountMoves.Credit;
import dev.skillfast.billing.domain.AccountMoves.Debit;
import dev.skillfast.billing.domain.AccountMoves.Debited;
import dev.skillfast.billing.domain.LedgerAccount;
import dev.skillfast.billing.domain.Move;

/**
 * Moving money on the {@code accounts} collection. Every move records the journal entry's id in the
 * account's marks in the same atomic update, which makes moves idempotent without transactions:
 * recovery sees the mark and does nothing. A debit that must not go below zero is a compare-and-set on
 * the account's {@code rev} (a single unique key: one index lookup on either store); a refused debit
 * records the refusal, so the decision is made once. Other moves are a plain {@code $inc} (they cannot
 * break a floor and do not change {@code rev}: a debit racing them saw a lower balance, never a higher one).
 */
@ApplicationScoped
public class AccountPostingStore {

    @Inject
    MongoDatabase database;

    public AccountPostingStore() {
    }

    public AccountPostingStore(MongoDatabase database) {
        this.database = database;
    }

    private MongoCollection<Document> accounts() {
        return database.getCollection(AccountDocuments.COLLECTION);
    }

    /**
     * A debit that must not take the account below zero: a compare-and-set on the revision, so the
     * balance it checked is the balance it changes. A debit the balance cannot cover is refused, and the
     * refusal is recorded on the account so it stays refused for that entry.
     */
    public Move debit(Debit debit, Instant now) {
        while (true) {
            Document current = accounts().find(eq("_id", debit.accountId())).first();
            if (current == null) {
                create(debit.accountId(), debit.currency(), now);
                continue;
            }
            LedgerAccount account = AccountDocuments.toAccount(current);
            if (account.holds(debit.entryId())) {
                return Move.ALREADY_APPLIED;
            }
            if (account.refused(debit.entryId())) {
                return Move.REFUSED;
            }
            long version = AccountDocuments.version(current);
            boolean refuse = account.balance() < debit.amount();
            if (accounts().updateOne(eq("rev", AccountDocuments.rev(debit.accountId(), version)),
                    debitUpdate(debit, version, refuse, now)).getMatchedCount() == 1) {
                return refuse ? Move.REFUSED : Move.APPLIED;
            }
            // someone else moved the account in between: read it again
        }
    }

    /**
     * {@link #debit} for many accounts at once (each account at most once): the accounts are read in one
     * query and their compare-and-sets sent in one unordered write. A compare-and-set that lost a race,
     * or an account that does not exist yet, is settled by {@link #debit} one by one. Answers by entry id.
     */
    public Map<String, Debited> debitAll(List<Debit> debits, Instant now) {
        Map<String, Document> current = new HashMap<>();
        accounts().find(Filters.in("_id", debits.stream().map(Debit::accountId).toList()))
                .forEach(d -> current.put(d.getString("_id"), d));
        Map<String, Debited> done = new HashMap<>();
        Map<Debit, Debited> planned = new HashMap<>();
        List<WriteModel<Document>> writes = new ArrayList<>();
        List<Debit> oneByOne = new ArrayList<>();
        for (Debit debit : debits) {
            Document d = current.get(debit.accountId());
            if (d == null) {
                oneByOne.add(debit);
                continue;
            }
            LedgerAccount account = AccountDocuments.toAccount(d);
            if (account.holds(debit.entryId()) || account.refused(debit.entryId())) {
                done.put(debit.entryId(), new Debited(account.holds(debit.entryId()) ? Move.ALREADY_APPLIED : Move.REFUSED, null));
                continue;
            }
            long version = AccountDocuments.version(d);
            boolean refuse = account.balance() < debit.amount();
            writes.add(new UpdateOneModel<>(eq("rev", AccountDocuments.rev(debit.accountId(), version)),
                    debitUpdate(debit, version, refuse, now)));
            planned.put(debit, refuse ? new Debited(Move.REFUSED, null) : new Debited(Move.APPLIED, account.balance() - debit.amount()));
        }
        oneByOne.addAll(write(writes, planned, done));
        for (Debit debit : oneByOne) {
            done.put(debit.entryId(), new Debited(debit(debit, now), null));
        }
        return done;
    }

    /**
     * Sends the planned compare-and-sets; those that matched go into {@code done}. Answers the debits whose
     * account moved in between (their compare-and-set lost), to be done one by one.
     */
    private List<Debit> write(List<WriteModel<Document>> writes, Map<Debit, Debited> planned, Map<String, Debited> done) {
        if (writes.isEmpty()) {
            return List.of();
        }
        if (accounts().bulkWrite(writes, new BulkWriteOptions().ordered(false)).getMatchedCount() == writes.size()) {
            planned.forEach((debit, debited) -> done.put(debit.entryId(), debited));
            return List.of();
        }
        // those whose mark is there were written by this batch
        Map<String, LedgerAccount> after = new HashMap<>();
        accounts().find(Filters.in("_id", planned.keySet().stream().map(Debit::accountId).toList()))
                .forEach(d -> after.put(d.getString("_id"), AccountDocuments.toAccount(d)));
        List<Debit> lost = new ArrayList<>();
        planned.forEach((debit, debited) -> {
            LedgerAccount account = after.get(debit.accountId());
            if (account != null && (account.holds(debit.entryId()) || account.refused(debit.entryId()))) {
                done.put(debit.entryId(), debited);
            } else {
                lost.add(debit);
            }
        });
        return lost;
    }

    /**
     * {@link #move} for many accounts in one unordered write: each account gets one atomic {@code $inc}
     * of its entries' sum that records all of their marks (only the writer of fresh entries calls this, so
     * no check for an earlier application is needed).
     */
    public void moveAll(List<Credit> credits, Instant now) {
        if (credits.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(credits.size());
        for (Credit credit : credits) {
            long sum = 0;
            long credited = 0;
            List<Bson> changes = new ArrayList<>();
            for (Map.Entry<String, Long> entry : credit.amountsByEntry().entrySet()) {
                sum += entry.getValue();
                credited += Math.max(0, entry.getValue());
                changes.add(Updates.set(AccountDocuments.appliedMark(entry.getKey()), true));
            }
            changes.addAll(AccountDocuments.increment(credit.accountId(), credit.currency(), sum, credited, now));
            AccountDocuments.clearing(changes, credit.clear());
            writes.add(new UpdateOneModel<>(eq("_id", credit.accountId()), Updates.combine(changes),
                    new UpdateOptions().upsert(true)));
        }
        accounts().bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }

    /**
     * A move that has no floor (credits, and debits of the platform's own accounts): one atomic
     * {@code $inc} that records the entry, creating the account if needed. Only one party completes an
     * entry at a time (see the ledger), so the check for an earlier application is needed only when
     * completing someone else's entry ({@code checkFirst}, recovery).
     */
    public Move move(String accountId, String currency, String entryId, long amount, boolean checkFirst,
                     Collection<String> clear, Instant now) {
        if (checkFirst) {
            Optional<Document> account = Optional.ofNullable(accounts().find(eq("_id", accountId)).first());
            if (account.isPresent() && AccountDocuments.toAccount(account.get()).holds(entryId)) {
                return Move.ALREADY_APPLIED;
            }
        }
        List<Bson> changes = new ArrayList<>();
        changes.add(Updates.set(AccountDocuments.appliedMark(entryId), true));
        changes.addAll(AccountDocuments.increment(accountId, currency, amount, Math.max(0, amount), now));
        AccountDocuments.clearing(changes, clear);
        accounts().updateOne(eq("_id", accountId), Updates.combine(changes), new UpdateOptions().upsert(true));
        return Move.APPLIED;
    }

    /** The compare-and-set of a debit at {@code version}: applied, or recorded as refused. */
    private static Bson debitUpdate(Debit debit, long version, boolean refuse, Instant now) {
        List<Bson> changes = new ArrayList<>(List.of(Updates.set("rev", AccountDocuments.rev(debit.accountId(), version + 1)),
                Updates.set("version", version + 1), Updates.set(refuse ? AccountDocuments.refusedMark(debit.entryId())
                        : AccountDocuments.appliedMark(debit.entryId()), true)));
        if (!refuse) {
            changes.add(Updates.inc("balance", -debit.amount()));
            changes.add(Updates.set("updatedAt", Date.from(now)));
        }
        AccountDocuments.clearing(changes, debit.clear());
        return Updates.combine(changes);
    }

    private void create(String id, String currency, Instant now) {
        try {
            accounts().insertOne(AccountDocuments.newAccount(id, currency, now));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // created by a racing move: fine
        }
    }
}
