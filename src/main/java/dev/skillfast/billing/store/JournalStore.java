package dev.skillfast.billing.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import dev.skillfast.billing.domain.EntryStatus;
import dev.skillfast.billing.domain.EntryType;
import dev.skillfast.billing.domain.JournalEntry;
import dev.skillfast.billing.domain.Posting;
import dev.skillfast.platform.mongo.DueKeys;

/**
 * The journal, collection {@code transactions}: entries are inserted once (the unique
 * {@code idempotencyKey} turns a repeat into a lookup) and afterwards only their {@code status} changes,
 * from PENDING to APPLIED or REFUSED. {@code accounts} repeats the posted account ids for the wallet queries;
 * {@code pendingKey} exists only while an entry is PENDING, for recovery.
 */
@ApplicationScoped
public class JournalStore {

    static final String COLLECTION = "transactions";
    static final String CLAIMS = "ledger_claims";
    /** While an entry is PENDING: its {@link DueKeys} key by creation time, so recovery finds it by one index range. */
    static final String PENDING_KEY = "pendingKey";
    static final String MIGRATIONS = "migrations";
    private static final String PENDING_KEY_MIGRATION = "transactions.pendingKey";

    @Inject
    MongoDatabase database;

    public JournalStore() {
    }

    public JournalStore(MongoDatabase database) {
        this.database = database;
    }

    private MongoCollection<Document> entries() {
        return database.getCollection(COLLECTION);
    }

    private static Document toDocument(JournalEntry entry) {
        List<Document> postings = entry.postings().stream()
                .map(p -> new Document("account", p.account()).append("amount", p.amount())).toList();
        Document d = new Document("_id", entry.id()).append("key", entry.idempotencyKey()).append("type", entry.type().name())
                .append("currency", entry.currency()).append("postings", postings)
                .append("accounts", entry.postings().stream().map(Posting::account).toList())
                .append("sessionId", entry.sessionId()).append("unitIndex", entry.unitIndex())
                .append("reason", entry.reason()).append("createdBy", entry.createdBy())
                .append("status", entry.status().name()).append("createdAt", Date.from(entry.createdAt()));
        if (entry.status() == EntryStatus.PENDING) {
            d.append(PENDING_KEY, DueKeys.of(entry.createdAt(), entry.id())); // only while PENDING: a sparse unique index
        }
        return d;
    }

    /**
     * Inserts PENDING entries in one unordered write; answers the positions of those whose key (or id)
     * was already taken: they were not written, the others were.
     */
    public Set<Integer> insertAll(List<JournalEntry> fresh) {
        if (fresh.isEmpty()) {
            return Set.of();
        }
        try {
            entries().insertMany(fresh.stream().map(JournalStore::toDocument).toList(), new InsertManyOptions().ordered(false));
            return Set.of();
        } catch (MongoBulkWriteException e) {
            Set<Integer> taken = new HashSet<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                taken.add(error.getIndex());
            }
            return taken;
        }
    }

    /** Records the final status of several entries in one unordered write (see {@link #markStatus}). */
    public void markAll(Map<String, EntryStatus> statuses, Instant at) {
        if (statuses.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(statuses.size());
        statuses.forEach((id, status) -> writes.add(new UpdateOneModel<>(eq("_id", id), decided(status, at))));
        entries().bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }

    /** Inserts a PENDING entry; when its key is taken, answers the entry already stored under it instead. */
    public Optional<JournalEntry> insertOrGetExisting(JournalEntry entry) {
        Document d = toDocument(entry);
        try {
            entries().insertOne(d);
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            JournalEntry existing = byKey(entry.idempotencyKey());
            if (existing == null) {
                throw e; // the clash was on _id, not on the key: a random id collided, let the caller see it
            }
            return Optional.of(existing);
        }
    }

    public JournalEntry byKey(String key) {
        Document d = entries().find(eq("key", key)).first();
        return d == null ? null : toEntry(d);
    }

    public Optional<JournalEntry> find(String id) {
        return Optional.ofNullable(entries().find(eq("_id", id)).first()).map(JournalStore::toEntry);
    }

    /** Records the entry's final status (by _id: the decision itself was taken on the debited account). */
    public void markStatus(String id, EntryStatus status, Instant at) {
        entries().updateOne(eq("_id", id), decided(status, at));
    }

    /** The final status; the entry leaves recovery's list. */
    private static Bson decided(EntryStatus status, Instant at) {
        return Updates.combine(Updates.set("status", status.name()), Updates.set("decidedAt", Date.from(at)),
                Updates.unset(PENDING_KEY));
    }

    /**
     * Claims the right to complete a PENDING entry for {@code ttl} (recovery on several servers must not
     * complete the same entry at once): true when this caller holds it now. The claims collection holds
     * only entries under recovery, so its conditional take-over of an expired claim scans next to nothing.
     */
    public boolean claim(String entryId, String owner, Instant now, java.time.Duration ttl) {
        MongoCollection<Document> claims = database.getCollection(CLAIMS);
        Document claim = new Document("_id", entryId).append("owner", owner).append("until", Date.from(now.plus(ttl)));
        try {
            claims.insertOne(claim);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return claims.findOneAndUpdate(and(eq("_id", entryId), Filters.lt("until", Date.from(now))),
                    Updates.combine(Updates.set("owner", owner), Updates.set("until", Date.from(now.plus(ttl))))) != null;
        }
    }

    public void release(String entryId) {
        database.getCollection(CLAIMS).deleteOne(eq("_id", entryId));
    }

    /**
     * Entries still PENDING that were written before {@code before}: a server stopped while applying them.
     * One range of the {@code pendingKey} index (it exists only while an entry is PENDING), not a scan of
     * the whole journal.
     */
    public List<JournalEntry> pendingSince(Instant before, int limit) {
        return entries().find(Filters.lt(PENDING_KEY, DueKeys.dueBy(before.minusMillis(1))))
                .limit(limit).map(JournalStore::toEntry).into(new ArrayList<>());
    }

    /**
     * Gives PENDING entries a build before {@code pendingKey} wrote their key, once per database (a scan of
     * the journal, remembered in {@value #MIGRATIONS}); answers how many it keyed.
     */
    public int keyOlderPendingEntries() {
        MongoCollection<Document> migrations = database.getCollection(MIGRATIONS);
        if (migrations.find(eq("_id", PENDING_KEY_MIGRATION)).first() != null) {
            return 0;
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Document d : entries().find(and(eq("status", EntryStatus.PENDING.name()), Filters.exists(PENDING_KEY, false)))) {
            writes.add(new UpdateOneModel<>(eq("_id", d.get("_id")),
                    Updates.set(PENDING_KEY, DueKeys.of(d.getDate("createdAt").toInstant(), d.getString("_id")))));
        }
        if (!writes.isEmpty()) {
            entries().bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
        try {
            migrations.insertOne(new Document("_id", PENDING_KEY_MIGRATION).append("at", new Date()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        return writes.size();
    }

    /** One page of the entries touching {@code account}, newest first; only APPLIED ones. */
    public List<JournalEntry> ofAccount(String account, EntryType type, Instant from, Instant to, int page, int size) {
        return entries().find(accountFilter(account, type, from, to)).sort(Sorts.descending("createdAt"))
                .skip(page * size).limit(size).map(JournalStore::toEntry).into(new ArrayList<>());
    }

    public long countOfAccount(String account, EntryType type, Instant from, Instant to) {
        return entries().countDocuments(accountFilter(account, type, from, to));
    }

    /** Every matching entry, newest first, streamed (CSV export). */
    public void eachOfAccount(String account, EntryType type, Instant from, Instant to, Consumer<JournalEntry> each) {
        entries().find(accountFilter(account, type, from, to)).sort(Sorts.descending("createdAt"))
                .batchSize(500).forEach(d -> each.accept(toEntry(d)));
    }

    /** Every entry, in no particular order (ledger check). */
    public void each(Consumer<JournalEntry> each) {
        entries().find().batchSize(1000).forEach(d -> each.accept(toEntry(d)));
    }

    private static Bson accountFilter(String account, EntryType type, Instant from, Instant to) {
        List<Bson> filters = new ArrayList<>();
        filters.add(eq("accounts", account));
        filters.add(eq("status", EntryStatus.APPLIED.name()));
        if (type != null) {
            filters.add(eq("type", type.name()));
        }
        if (from != null) {
            filters.add(Filters.gte("createdAt", Date.from(from)));
        }
        if (to != null) {
            filters.add(Filters.lt("createdAt", Date.from(to)));
        }
        return and(filters);
    }

    static JournalEntry toEntry(Document d) {
        List<Posting> postings = d.getList("postings", Document.class).stream()
                .map(p -> new Posting(p.getString("account"), ((Number) p.get("amount")).longValue())).toList();
        Object unit = d.get("unitIndex");
        return new JournalEntry(d.getString("_id"), d.getString("key"), EntryType.valueOf(d.getString("type")),
                d.getString("currency"), postings, d.getString("sessionId"),
                unit instanceof Number n ? n.longValue() : null, d.getString("reason"), d.getString("createdBy"),
                EntryStatus.valueOf(d.getString("status")), d.getDate("createdAt").toInstant());
    }
}
