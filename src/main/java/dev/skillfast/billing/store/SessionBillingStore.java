package dev.skillfast.billing.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

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

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import dev.skillfast.billing.domain.BillingState;
import dev.skillfast.billing.domain.UnitsBilled;
import dev.skillfast.platform.mongo.ByIds;
import dev.skillfast.platform.mongo.DueKeys;
import dev.skillfast.sessions.domain.Settlement;

/**
 * Billing's fields on the {@code sessions} documents (the lifecycle's fields are the sessions feature's):
 * {@code billing: {units, seenAt, lowWarnedUnit}}, {@code settlement}, and {@code billingDue}, a
 * {@link DueKeys} key (unique, sparse) that exists while billing has work on the session: from just before
 * its accept, through every unit, until its settlement. The sweep reads what is due as one range of that
 * index. Units only grow and the "both seen" time only moves on ({@code $max}), whoever writes last.
 * Queries read the lifecycle's {@code state}, {@code expertId}, {@code endedAt} and {@code tariff} as
 * conditions and sort keys, and never write them.
 */
@ApplicationScoped
public class SessionBillingStore {

    static final String COLLECTION = "sessions";
    static final String BILLING_DUE = "billingDue";
    /** The settlement key of builds before {@code billingDue} covered settlement: removed when settled. */
    private static final String OLD_SETTLE_DUE = "settleDue";
    private static final Bson FIELDS = Projections.include("billing", "settlement");

    @Inject
    MongoDatabase database;

    public SessionBillingStore() {
    }

    public SessionBillingStore(MongoDatabase database) {
        this.database = database;
    }

    private MongoCollection<Document> sessions() {
        return database.getCollection(COLLECTION);
    }

    /**
     * Marks a session billing is about to start on as due at {@code at}, written before its accept: units
     * and warnings stay as they are if it has some ({@code $max}), the due key only moves earlier ({@code $min}).
     */
    public void prepareStart(String id, Instant at) {
        sessions().updateOne(eq("_id", id), Updates.combine(Updates.max("billing.units", 0L),
                Updates.max("billing.lowWarnedUnit", 0L), Updates.min(BILLING_DUE, DueKeys.of(at, id))));
    }

    /** The sessions whose billing look has come by {@code now}: one range of the {@code billingDue} index. */
    public List<BillingState> due(Instant now) {
        return sessions().find(lt(BILLING_DUE, DueKeys.dueBy(now))).projection(FIELDS).map(SessionBillingStore::toState)
                .into(new ArrayList<>());
    }

    public Optional<BillingState> find(String id) {
        return Optional.ofNullable(sessions().find(eq("_id", id)).projection(FIELDS).first()).map(SessionBillingStore::toState);
    }

    /** Billing's state of these sessions, by id (missing sessions left out). */
    public Map<String, BillingState> findAll(Collection<String> ids) {
        Map<String, BillingState> found = new HashMap<>();
        ByIds.find(sessions(), ids, FIELDS, SessionBillingStore::toState).forEach(s -> found.put(s.sessionId(), s));
        return found;
    }

    /** Records billing's progress on one session (see {@link UnitsBilled}). */
    public void recordUnits(UnitsBilled record) {
        sessions().updateOne(eq("_id", record.sessionId()), unitsBilled(record));
    }

    /** {@link #recordUnits} for many sessions in one unordered write. */
    public void recordUnitsAll(Collection<UnitsBilled> records) {
        List<WriteModel<Document>> writes = new ArrayList<>(records.size());
        records.forEach(r -> writes.add(new UpdateOneModel<>(eq("_id", r.sessionId()), unitsBilled(r))));
        bulk(writes);
    }

    private static Bson unitsBilled(UnitsBilled r) {
        List<Bson> update = new ArrayList<>(3);
        update.add(Updates.max("billing.units", r.units()));
        if (r.seenAt() != null) {
            update.add(Updates.max("billing.seenAt", Date.from(r.seenAt())));
        }
        if (r.lookAt() != null) {
            update.add(Updates.set(BILLING_DUE, DueKeys.of(r.lookAt(), r.sessionId())));
        }
        return Updates.combine(update);
    }

    /** Both participants of these sessions were seen connected at {@code at}; each maps to its next look. */
    public void recordSeen(Map<String, Instant> lookAt, Instant at) {
        List<WriteModel<Document>> writes = new ArrayList<>(lookAt.size());
        lookAt.forEach((id, look) -> writes.add(new UpdateOneModel<>(eq("_id", id),
                Updates.combine(Updates.max("billing.seenAt", Date.from(at)), Updates.set(BILLING_DUE, DueKeys.of(look, id))))));
        bulk(writes);
    }

    /** When billing is to look at these sessions next. */
    public void schedule(Map<String, Instant> lookAt) {
        List<WriteModel<Document>> writes = new ArrayList<>(lookAt.size());
        lookAt.forEach((id, look) -> writes.add(new UpdateOneModel<>(eq("_id", id), Updates.set(BILLING_DUE, DueKeys.of(look, id)))));
        bulk(writes);
    }

    /** Billing looks at these sessions by {@code now} (a later look already set moves earlier). */
    public void lookBy(Collection<String> ids, Instant now) {
        List<WriteModel<Document>> writes = new ArrayList<>(ids.size());
        ids.forEach(id -> writes.add(new UpdateOneModel<>(eq("_id", id), Updates.min(BILLING_DUE, DueKeys.of(now, id)))));
        bulk(writes);
    }

    /** Takes these sessions off the sweep's list: billing has nothing more to do with them. */
    public void unschedule(Collection<String> ids) {
        List<WriteModel<Document>> writes = new ArrayList<>(ids.size());
        ids.forEach(id -> writes.add(new UpdateOneModel<>(eq("_id", id), Updates.unset(BILLING_DUE))));
        bulk(writes);
    }

    /** {@code balance.low} went out for unit {@code unit}. */
    public void recordLowWarned(String id, long unit) {
        sessions().updateOne(eq("_id", id), Updates.max("billing.lowWarnedUnit", unit));
    }

    /** Stores what an ended session came to (recomputed identically by a repeat, so unconditional); billing is done. */
    public void settle(String id, Settlement s) {
        sessions().updateOne(eq("_id", id), Updates.combine(Updates.set("settlement", SettlementDocuments.toDocument(s)),
                Updates.unset(BILLING_DUE), Updates.unset(OLD_SETTLE_DUE)));
    }

    /** Every settled session's billing state, in no particular order (the dashboards' replay of the history). */
    public void eachSettled(java.util.function.Consumer<BillingState> each) {
        sessions().find(Filters.exists("settlement")).projection(FIELDS).batchSize(1000).forEach(d -> each.accept(toState(d)));
    }

    /** An expert's settled sessions in one currency, latest end first (earnings page). */
    public List<BillingState> settledOfExpert(String expertId, String currency, int page, int size) {
        return sessions().find(settledFilter(expertId, currency)).projection(FIELDS).sort(Sorts.descending("endedAt"))
                .skip(page * size).limit(size).map(SessionBillingStore::toState).into(new ArrayList<>());
    }

    public long countSettledOfExpert(String expertId, String currency) {
        return sessions().countDocuments(settledFilter(expertId, currency));
    }

    private static Bson settledFilter(String expertId, String currency) {
        return and(eq("expertId", expertId), eq("settlement.currency", currency));
    }

    /**
     * Gives ENDED sessions that ran but were never settled, and have no {@code billingDue} (an end whose
     * follow-up a crash cut off, or an earlier build's end), a due key from their end: a scan of the
     * collection, for start-up only. Answers how many.
     */
    public int keyUnsettled() {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Document d : sessions().find(and(eq("state", "ENDED"), Filters.exists("tariff"), Filters.exists("settlement", false),
                Filters.exists(BILLING_DUE, false)))) {
            String id = d.getString("_id");
            Date endedAt = d.getDate("endedAt");
            writes.add(new UpdateOneModel<>(eq("_id", id), Updates.set(BILLING_DUE,
                    DueKeys.of(endedAt == null ? Instant.EPOCH : endedAt.toInstant(), id))));
        }
        bulk(writes);
        return writes.size();
    }

    private void bulk(List<WriteModel<Document>> writes) {
        if (!writes.isEmpty()) {
            sessions().bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    private static BillingState toState(Document d) {
        Document billing = d.get("billing", Document.class);
        Date seen = billing == null ? null : billing.getDate("seenAt");
        return new BillingState(d.getString("_id"), billing == null ? 0 : number(billing.get("units")),
                seen == null ? null : seen.toInstant(), billing == null ? 0 : number(billing.get("lowWarnedUnit")),
                SettlementDocuments.toSettlement(d.get("settlement", Document.class)));
    }

    static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
