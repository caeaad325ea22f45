package dev.skillfast.audit.store;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

import dev.skillfast.audit.domain.AuditFilter;
import dev.skillfast.audit.domain.AuditRecord;

/**
 * The audit log, collection {@code audit_log}: records are inserted and never changed. {@code _id} is the
 * record's seq, so two servers appending at once cannot both take the same place: the loser reads the new
 * last record and tries again at the next seq, chained to it.
 */
@ApplicationScoped
public class AuditStore {

    static final String COLLECTION = "audit_log";
    private static final int ATTEMPTS = 50;

    @Inject
    MongoDatabase database;

    public AuditStore() {
    }

    public AuditStore(MongoDatabase database) {
        this.database = database;
    }

    private MongoCollection<Document> records() {
        return database.getCollection(COLLECTION);
    }

    /**
     * Appends the record {@code seal} makes for the next seq and the last record's hash (null for the first);
     * answers what was stored.
     */
    public AuditRecord append(BiFunction<Long, String, AuditRecord> seal) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document last = records().find().sort(Sorts.descending("_id")).limit(1).first();
            long seq = last == null ? 1 : ((Number) last.get("_id")).longValue() + 1;
            AuditRecord record = seal.apply(seq, last == null ? null : last.getString("hash"));
            try {
                records().insertOne(toDocument(record));
                return record;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
        throw new IllegalStateException("Could not append to the audit log after " + ATTEMPTS + " attempts");
    }

    /** One page, newest first. */
    public List<AuditRecord> find(AuditFilter filter, int page, int size) {
        return records().find(toBson(filter)).sort(Sorts.descending("_id")).skip(page * size).limit(size)
                .map(AuditStore::toRecord).into(new ArrayList<>());
    }

    public long count(AuditFilter filter) {
        return records().countDocuments(toBson(filter));
    }

    /** Every matching record, newest first, streamed (CSV). */
    public void each(AuditFilter filter, Consumer<AuditRecord> each) {
        records().find(toBson(filter)).sort(Sorts.descending("_id")).batchSize(500).forEach(d -> each.accept(toRecord(d)));
    }

    /** Every record from the first on, in chain order (verification). */
    public void eachInOrder(Consumer<AuditRecord> each) {
        records().find().sort(Sorts.ascending("_id")).batchSize(1000).forEach(d -> each.accept(toRecord(d)));
    }

    private static Bson toBson(AuditFilter f) {
        List<Bson> filters = new ArrayList<>();
        if (f.actor() != null) {
            filters.add(Filters.or(eq("actorId", f.actor()), eq("actorName", f.actor()),
                    eq("actorName", f.actor().toLowerCase(java.util.Locale.ROOT))));
        }
        if (f.action() != null) {
            filters.add(eq("action", f.action()));
        }
        if (f.target() != null) {
            filters.add(eq("targetId", f.target()));
        }
        if (f.from() != null) {
            filters.add(Filters.gte("at", Date.from(f.from())));
        }
        if (f.to() != null) {
            filters.add(Filters.lt("at", Date.from(f.to())));
        }
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }

    private static Document toDocument(AuditRecord r) {
        return new Document("_id", r.seq()).append("at", Date.from(r.at())).append("actorId", r.actorId())
                .append("actorName", r.actorName()).append("action", r.action()).append("targetType", r.targetType())
                .append("targetId", r.targetId()).append("before", r.before()).append("after", r.after())
                .append("reason", r.reason()).append("clientAddress", r.clientAddress())
                .append("requestId", r.requestId()).append("previousHash", r.previousHash()).append("hash", r.hash());
    }

    private static AuditRecord toRecord(Document d) {
        return new AuditRecord(((Number) d.get("_id")).longValue(), d.getDate("at").toInstant(), d.getString("actorId"),
                d.getString("actorName"), d.getString("action"), d.getString("targetType"), d.getString("targetId"),
                d.getString("before"), d.getString("after"), d.getString("reason"), d.getString("clientAddress"),
                d.getString("requestId"), d.getString("previousHash"), d.getString("hash"));
    }
}
