package dev.skillfast.billing.store;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;

/**
 * The {@code accounts} collection: one document per ledger account with its balance. A balance moves
 * only through {@link #apply}: a compare-and-set on the account's revision ({@code rev}, unique, so
 * the condition is a single indexed key, which the embedded store looks up instead of scanning; see
 * SessionStore for why) that also records the journal entry's id in {@code pending}. The entry id in
 * the same document as the balance makes every move idempotent without transactions: a repeat sees
 * the id and does nothing. A refused debit records {@code "!" + entryId}, so the decision is made once
 * and repeats agree with it. The ledger clears both marks once the entry's status is final.
 */
@ApplicationScoped
public class AccountStore {

    static final String COLLECTION = "accounts";
    private static final String REFUSED = "!";

    /** What {@link #apply} did. */
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
        return accounts().find(Filters.exists("pending.0")).projection(Projections.include("_id", "kind", "ownerId",
                "currency", "balance", "lifetime", "pending", "updatedAt")).limit(limit).map(AccountStore::toAccount)
                .into(new ArrayList<>());
    }

    /**
     * Moves {@code amount} (negative: a debit) on the account for the entry, once. With
     * {@code neverNegative}, a debit the balance cannot cover is refused, and stays refused for that entry.
     */
    public Move apply(String accountId, String kind, String ownerId, String currency, String entryId, long amount,
                      boolean neverNegative, Instant now) {
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
            String next = rev(accountId, version + 1);
            boolean refuse = neverNegative && account.balance() + amount < 0;
            var update = refuse
                    ? Updates.combine(Updates.set("rev", next), Updates.set("version", version + 1),
                    Updates.push("pending", REFUSED + entryId))
                    : Updates.combine(Updates.set("rev", next), Updates.set("version", version + 1),
                    Updates.inc("balance", amount), Updates.inc("lifetime", Math.max(0, amount)),
                    Updates.push("pending", entryId), Updates.set("updatedAt", Date.from(now)));
            UpdateResult result = accounts().updateOne(eq("rev", rev(accountId, version)), update);
            if (result.getMatchedCount() == 1) {
                return refuse ? Move.REFUSED : Move.APPLIED;
            }
            // someone else moved the account in between: read it again
        }
    }

    /** Forgets the entry's marks once its status is final in the journal. */
    public void clearMarks(String accountId, String entryId) {
        accounts().updateOne(eq("_id", accountId), Updates.pullAll("pending", List.of(entryId, REFUSED + entryId)));
    }

    /** The entry id behind a mark. */
    public static String entryOf(String mark) {
        return mark.startsWith(REFUSED) ? mark.substring(1) : mark;
    }

    private void create(String id, String kind, String ownerId, String currency, Instant now) {
        try {
            accounts().insertOne(new Document("_id", id).append("kind", kind).append("ownerId", ownerId)
                    .append("currency", currency).append("balance", 0L).append("lifetime", 0L).append("version", 0L)
                    .append("rev", rev(id, 0)).append("pending", List.of()).append("createdAt", Date.from(now))
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
        List<String> pending = d.getList("pending", String.class);
        Date updated = d.getDate("updatedAt");
        return new Account(d.getString("_id"), d.getString("kind"), d.getString("ownerId"), d.getString("currency"),
                number(d.get("balance")), number(d.get("lifetime")), pending == null ? List.of() : pending,
                updated == null ? null : updated.toInstant());
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
