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

/**
 * The {@code accounts} collection: one document per ledger account with its balance. Every move records
 * the journal entry's id in the account's {@code marks} in the same atomic update, which makes moves
 * idempotent without transactions: recovery sees the mark and does nothing. A debit that must not go
 * below zero is a compare-and-set on the account's revision ({@code rev}, unique, so the condition is a
 * single indexed key, which the embedded store looks up instead of scanning; see SessionStore for why);
 * a refused debit records {@code "!" + entryId}, so the decision is made once. Other moves are a plain
 * {@code $inc} (they cannot break a floor and do not change {@code rev}: a debit racing them saw a lower
 * balance, never a higher one). Marks of final entries are removed later, in the next write to the
 * account or by the ledger's clean-up.
 */
@ApplicationScoped
public class AccountStore {

    static final String COLLECTION = "accounts";
    private static final String REFUSED = "!";
    /** Entry marks: an object whose keys are entry ids (UUIDs), so one update can add one and remove others. */
    private static final String MARKS = "marks";

    /** What {@link #debit} or {@link #move} did. */
    public enum Move {
        APPLIED, ALREADY_APPLIED, REFUSED
    }

    /** An account as stored. */
    public record Account(String id, String kind, String ownerId, String currency, long balance, long lifetimeCredits,
                          List<String> pending, Instant updatedAt) {

        public boolean holds(String entryId) {
            return pending.contains(entryId);
        }

        public boolean refused(String entryId) {
            return pending.contains(REFUSED + entryId);
        }
    }

    @Inject
    MongoDatabase database;

    public AccountStore() {
    }

    public AccountStore(MongoDatabase database) {
        this.database = database;
    }

    private MongoCollection<Document> accounts() {
        return database.getCollection(COLLECTION);
    }

    public Optional<Account> find(String id) {
        return Optional.ofNullable(accounts().find(eq("_id", id)).first()).map(AccountStore::toAccount);
    }

    /** Accounts with these ids (missing ones are left out). */
    public List<Account> findAll(List<String> ids) {
        return accounts().find(Filters.in("_id", ids)).map(AccountStore::toAccount).into(new ArrayList<>());
    }

    /** Every account of one owner. */
    public List<Account> ofOwner(String ownerId, String kind) {
        return accounts().find(Filters.and(eq("ownerId", ownerId), eq("kind", kind))).map(AccountStore::toAccount)
                .into(new ArrayList<>());
    }

    /** Every account, for the ledger check. */
    public List<Account> all() {
        return accounts().find().map(AccountStore::toAccount).into(new ArrayList<>());
    }

    /** Accounts that still carry entry marks (for the clean-up of marks the ledger did not get to clear). */
    public List<Account> withMarks(int limit) {
        return withMarks(limit, account -> true);
    }

    /** Up to {@code limit} accounts holding marks that {@code wanted} accepts. */
    public List<Account> withMarks(int limit, java.util.function.Predicate<Account> wanted) {
        // the embedded store cannot filter on "an object with any key", so the accounts are read once and
        // filtered here (recovery's housekeeping: at its first run, then every quarter of an hour)
        List<Account> marked = new ArrayList<>();
        for (Document d : accounts().find()) {
            Account account = toAccount(d);
            if (!account.pending().isEmpty() && wanted.test(account)) {
                marked.add(account);
                if (marked.size() >= limit) {
                    break;
                }
            }
        }
        return marked;
    }

    /**
     * A debit that must not take the account below zero: a compare-and-set on the revision, so the
     * balance it checked is the balance it changes. A debit the balance cannot cover is refused, and the
     * refusal is recorded on the account so it stays refused for that entry. {@code clear} are marks of
     * entries already final, pulled in the same write.
     */
    public Move debit(String accountId, String kind, String ownerId, String currency, String entryId, long amount,
                      Collection<String> clear, Instant now) {
        while (true) {
            Document current = accounts().find(eq("_id", accountId)).first();
            if (current == null) {
                create(accountId, kind, ownerId, currency, now);
                continue;
            }
            Account account = toAccount(current);
            if (account.holds(entryId)) {
                return Move.ALREADY_APPLIED;
            }
            if (account.refused(entryId)) {
                return Move.REFUSED;
            }
            long version = number(current.get("version"));
            boolean refuse = account.balance() < amount;
            List<Bson> changes = debitChanges(accountId, version, entryId, amount, refuse, clear, now);
            if (accounts().updateOne(eq("rev", rev(accountId, version)), Updates.combine(changes)).getMatchedCount() == 1) {
                return refuse ? Move.REFUSED : Move.APPLIED;
            }
            // someone else moved the account in between: read it again
        }
    }

    /** One floor-guarded debit of a batch: {@code clear} as in {@link #debit}. */
    public record Debit(String accountId, String kind, String ownerId, String currency, String entryId, long amount,
                        Collection<String> clear) {
    }

    /** What a batched debit did, and the balance it left when this write decided it (null otherwise). */
    public record Debited(Move move, Long balanceAfter) {
    }

    /**
     * {@link #debit} for many accounts at once (each account at most once): the accounts are read in one
     * query and their compare-and-sets sent in one unordered write. A compare-and-set that lost a race,
     * or an account that does not exist yet, is settled by {@link #debit} one by one. Answers by entry id.
     */
    public Map<String, Debited> debitAll(List<Debit> debits, Instant now) {
        Map<String, Debited> done = new HashMap<>();
        Map<String, Document> current = new HashMap<>();
        accounts().find(Filters.in("_id", debits.stream().map(Debit::accountId).toList()))
                .forEach(d -> current.put(d.getString("_id"), d));
        List<WriteModel<Document>> writes = new ArrayList<>();
        List<Debit> sent = new ArrayList<>();
        Map<String, Debited> planned = new HashMap<>();
        List<Debit> oneByOne = new ArrayList<>();
        for (Debit debit : debits) {
            Document d = current.get(debit.accountId());
            if (d == null) {
                oneByOne.add(debit);
                continue;
            }
            Account account = toAccount(d);
            if (account.holds(debit.entryId()) || account.refused(debit.entryId())) {
                done.put(debit.entryId(), new Debited(account.holds(debit.entryId()) ? Move.ALREADY_APPLIED : Move.REFUSED, null));
                continue;
            }
            long version = number(d.get("version"));
            boolean refuse = account.balance() < debit.amount();
            writes.add(new UpdateOneModel<>(eq("rev", rev(debit.accountId(), version)),
                    Updates.combine(debitChanges(debit.accountId(), version, debit.entryId(), debit.amount(), refuse,
                            debit.clear(), now))));
            sent.add(debit);
            planned.put(debit.entryId(), refuse ? new Debited(Move.REFUSED, null)
                    : new Debited(Move.APPLIED, account.balance() - debit.amount()));
        }
        if (!writes.isEmpty()) {
            int matched = accounts().bulkWrite(writes, new BulkWriteOptions().ordered(false)).getMatchedCount();
            if (matched == writes.size()) {
                done.putAll(planned);
            } else {
                // some accounts moved in between: those whose mark is there were written by this batch
                Map<String, Account> after = new HashMap<>();
                findAll(sent.stream().map(Debit::accountId).toList()).forEach(a -> after.put(a.id(), a));
                for (Debit debit : sent) {
                    Account account = after.get(debit.accountId());
                    if (account != null && (account.holds(debit.entryId()) || account.refused(debit.entryId()))) {
                        done.put(debit.entryId(), planned.get(debit.entryId()));
                    } else {
                        oneByOne.add(debit);
                    }
                }
            }
        }
        for (Debit debit : oneByOne) {
            done.put(debit.entryId(), new Debited(debit(debit.accountId(), debit.kind(), debit.ownerId(), debit.currency(),
                    debit.entryId(), debit.amount(), debit.clear(), now), null));
        }
        return done;
    }

    /** One account's share of a batch of moves without a floor: the entries it takes part in, and the sum. */
    public record Credit(String accountId, String kind, String ownerId, String currency, Map<String, Long> amountsByEntry,
                         Collection<String> clear) {
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
                changes.add(Updates.set(MARKS + "." + entry.getKey(), true));
            }
            changes.addAll(moveChanges(credit.accountId(), credit.kind(), credit.ownerId(), credit.currency(), sum, credited, now));
            clearing(changes, credit.clear());
            writes.add(new UpdateOneModel<>(eq("_id", credit.accountId()), Updates.combine(changes),
                    new UpdateOptions().upsert(true)));
        }
        accounts().bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }

    /**
     * A move that has no floor (credits, and debits of the platform's own accounts): one atomic
     * {@code $inc} that records the entry, creating the account if needed. Only one party completes an
     * entry at a time (see Ledger), so the check for an earlier application is needed only when
     * completing someone else's entry ({@code checkFirst}, recovery).
     */
    public Move move(String accountId, String kind, String ownerId, String currency, String entryId, long amount,
                     boolean checkFirst, Collection<String> clear, Instant now) {
        if (checkFirst) {
            Optional<Account> account = find(accountId);
            if (account.isPresent() && account.get().holds(entryId)) {
                return Move.ALREADY_APPLIED;
            }
        }
        List<Bson> changes = new ArrayList<>();
        changes.add(Updates.set(MARKS + "." + entryId, true));
        changes.addAll(moveChanges(accountId, kind, ownerId, currency, amount, Math.max(0, amount), now));
        clearing(changes, clear);
        accounts().updateOne(eq("_id", accountId), Updates.combine(changes), new UpdateOptions().upsert(true));
        return Move.APPLIED;
    }

    /** The compare-and-set of a debit at {@code version}: applied, or recorded as refused. */
    private static List<Bson> debitChanges(String accountId, long version, String entryId, long amount, boolean refuse,
                                           Collection<String> clear, Instant now) {
        List<Bson> changes = new ArrayList<>(List.of(Updates.set("rev", rev(accountId, version + 1)),
                Updates.set("version", version + 1), Updates.set(MARKS + "." + (refuse ? REFUSED : "") + entryId, true)));
        if (!refuse) {
            changes.add(Updates.inc("balance", -amount));
            changes.add(Updates.set("updatedAt", Date.from(now)));
        }
        clearing(changes, clear);
        return changes;
    }

    /** An increment without a floor, creating the account when it is the first. */
    private static List<Bson> moveChanges(String accountId, String kind, String ownerId, String currency, long amount,
                                          long credited, Instant now) {
        return List.of(Updates.inc("balance", amount), Updates.inc("lifetime", credited),
                Updates.set("updatedAt", Date.from(now)), Updates.setOnInsert("kind", kind),
                Updates.setOnInsert("ownerId", ownerId), Updates.setOnInsert("currency", currency),
                Updates.setOnInsert("version", 0L), Updates.setOnInsert("rev", rev(accountId, 0)),
                Updates.setOnInsert("createdAt", Date.from(now)));
    }

    private static void clearing(List<Bson> changes, Collection<String> clear) {
        for (String mark : clear) {
            changes.add(Updates.unset(MARKS + "." + mark));
        }
    }

    /**
     * Forgets marks of entries whose status is final in the journal (entry ids; refusals included), for many
     * accounts in one unordered write.
     */
    public void clearMarksAll(Map<String, ? extends Collection<String>> entryIdsByAccount) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        entryIdsByAccount.forEach((accountId, entryIds) -> {
            List<Bson> changes = new ArrayList<>();
            for (String entryId : entryIds) {
                changes.add(Updates.unset(MARKS + "." + entryId));
                changes.add(Updates.unset(MARKS + "." + REFUSED + entryId));
            }
            if (!changes.isEmpty()) {
                writes.add(new UpdateOneModel<>(eq("_id", accountId), Updates.combine(changes)));
            }
        });
        if (!writes.isEmpty()) {
            accounts().bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    /** The refusal mark of an entry, as {@link #debit} records it. */
    public static String refusalMark(String entryId) {
        return REFUSED + entryId;
    }

    /** The entry id behind a mark. */
    public static String entryOf(String mark) {
        return mark.startsWith(REFUSED) ? mark.substring(1) : mark;
    }

    private void create(String id, String kind, String ownerId, String currency, Instant now) {
        try {
            accounts().insertOne(new Document("_id", id).append("kind", kind).append("ownerId", ownerId)
                    .append("currency", currency).append("balance", 0L).append("lifetime", 0L).append("version", 0L)
                    .append("rev", rev(id, 0)).append(MARKS, new Document()).append("createdAt", Date.from(now))
                    .append("updatedAt", Date.from(now)));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // created by a racing move: fine
        }
    }

    private static String rev(String id, long version) {
        return id + '#' + version;
    }

    private static Account toAccount(Document d) {
        Document marks = d.get(MARKS, Document.class);
        List<String> pending = marks == null ? List.of() : List.copyOf(marks.keySet());
        Date updated = d.getDate("updatedAt");
        return new Account(d.getString("_id"), d.getString("kind"), d.getString("ownerId"), d.getString("currency"),
                number(d.get("balance")), number(d.get("lifetime")), pending,
                updated == null ? null : updated.toInstant());
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
