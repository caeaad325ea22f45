package dev.skillfast.payments.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import dev.skillfast.payments.domain.Payout;
import dev.skillfast.payments.domain.PayoutMethod;
import dev.skillfast.payments.domain.PayoutStatus;
import dev.skillfast.platform.mongo.DueKeys;

/**
 * The {@code payouts} collection. Every change of status is a conditional update on the status it leaves,
 * so of two administrators deciding at once one wins. {@code holdConfirmed} and {@code settled} record which
 * journal steps are done; {@code reconcileDue} exists while one is not, or while a provider has not finished.
 */
@ApplicationScoped
public class PayoutStore {

    static final String COLLECTION = "payouts";
    static final String DUE = "reconcileDue";

    @Inject
    MongoDatabase database;

    public PayoutStore() {
    }

    public PayoutStore(MongoDatabase database) {
        this.database = database;
    }

    private MongoCollection<Document> payouts() {
        return database.getCollection(COLLECTION);
    }

    public void insert(Payout payout, Instant reconcileAt) {
        payouts().insertOne(new Document("_id", payout.id()).append("expertId", payout.expertId())
                .append("amount", payout.amount()).append("currency", payout.currency())
                .append("method", payout.method().name()).append("status", payout.status().name())
                .append("holdConfirmed", false).append("settled", false).append(DUE, DueKeys.of(reconcileAt, payout.id()))
                .append("createdAt", Date.from(payout.createdAt())).append("updatedAt", Date.from(payout.updatedAt())));
    }

    public Optional<Payout> find(String id) {
        return Optional.ofNullable(payouts().find(eq("_id", id)).first()).map(PayoutStore::toPayout);
    }

    /** The hold was refused: the request never existed. */
    public void delete(String id) {
        payouts().deleteOne(eq("_id", id));
    }

    public boolean holdConfirmed(String id) {
        return payouts().countDocuments(and(eq("_id", id), eq("holdConfirmed", true))) > 0;
    }

    public boolean settled(String id) {
        return payouts().countDocuments(and(eq("_id", id), eq("settled", true))) > 0;
    }

    /** The hold is journalled: nothing for reconciliation until an administrator decides. */
    public void confirmHold(String id, Instant now) {
        payouts().updateOne(eq("_id", id), Updates.combine(Updates.set("holdConfirmed", true), Updates.unset(DUE),
                Updates.set("updatedAt", Date.from(now))));
    }

    /** An administrator's decision: REQUESTED → {@code to}; empty when it was no longer REQUESTED. */
    public Optional<Payout> decide(String id, PayoutStatus to, String by, String reference, String reason,
                                   Instant now, Instant reconcileAt) {
        return update(and(eq("_id", id), eq("status", PayoutStatus.REQUESTED.name())), Updates.combine(
                Updates.set("status", to.name()), Updates.set("decidedBy", by), Updates.set("decidedAt", Date.from(now)),
                Updates.set("reference", reference), Updates.set("reason", reason), Updates.set("updatedAt", Date.from(now)),
                Updates.set(DUE, DueKeys.of(reconcileAt, id))));
    }

    /** A provider took it: PROCESSING with its reference. */
    public void sent(String id, String providerRef, Instant now) {
        payouts().updateOne(and(eq("_id", id), eq("status", PayoutStatus.PROCESSING.name())),
                Updates.combine(Updates.set("providerRef", providerRef), Updates.set("updatedAt", Date.from(now))));
    }

    /** PROCESSING (or REQUESTED, for a provider's late word) → PAID or FAILED; empty when already final. */
    public Optional<Payout> finish(String id, PayoutStatus to, String providerRef, String reason, Instant now) {
        List<Bson> set = new ArrayList<>(List.of(Updates.set("status", to.name()), Updates.set("updatedAt", Date.from(now))));
        if (to == PayoutStatus.PAID) {
            set.add(Updates.set("paidAt", Date.from(now)));
        }
        if (providerRef != null) {
            set.add(Updates.set("providerRef", providerRef));
        }
        if (reason != null) {
            set.add(Updates.set("reason", reason));
        }
        return update(and(eq("_id", id), in("status", List.of(PayoutStatus.PROCESSING.name()))), Updates.combine(set));
    }

    /** A PAID payout the provider later reversed: FAILED, once. */
    public Optional<Payout> reversed(String id, String reason, Instant now) {
        return update(and(eq("_id", id), eq("status", PayoutStatus.PAID.name())), Updates.combine(
                Updates.set("status", PayoutStatus.FAILED.name()), Updates.set("reason", reason),
                Updates.set("settled", false), Updates.set(DUE, DueKeys.of(now, id)), Updates.set("updatedAt", Date.from(now))));
    }

    public void settle(String id, Instant now) {
        payouts().updateOne(eq("_id", id), Updates.combine(Updates.set("settled", true), Updates.unset(DUE),
                Updates.set("updatedAt", Date.from(now))));
    }

    public List<Payout> due(Instant now, int limit) {
        return payouts().find(lt(DUE, DueKeys.dueBy(now))).limit(limit).map(PayoutStore::toPayout).into(new ArrayList<>());
    }

    public void lookAgain(String id, Instant next) {
        payouts().updateOne(eq("_id", id), Updates.set(DUE, DueKeys.of(next, id)));
    }

    /** One page: an expert's (newest first) or, for administrators, by status (oldest first: a queue). */
    public List<Payout> page(String expertId, PayoutStatus status, int page, int size) {
        boolean queue = expertId == null;
        return payouts().find(filter(expertId, status))
                .sort(Sorts.orderBy(queue ? Sorts.ascending("createdAt") : Sorts.descending("createdAt"), Sorts.ascending("_id")))
                .skip(page * size).limit(size).map(PayoutStore::toPayout).into(new ArrayList<>());
    }

    public long count(String expertId, PayoutStatus status) {
        return payouts().countDocuments(filter(expertId, status));
    }

    /** The expert's payouts not yet final (REQUESTED or PROCESSING). */
    public List<Payout> open(String expertId) {
        return payouts().find(and(eq("expertId", expertId), in("status", List.of(PayoutStatus.REQUESTED.name(),
                PayoutStatus.PROCESSING.name())))).map(PayoutStore::toPayout).into(new ArrayList<>());
    }

    private static Bson filter(String expertId, PayoutStatus status) {
        List<Bson> all = new ArrayList<>();
        if (expertId != null) {
            all.add(eq("expertId", expertId));
        }
        if (status != null) {
            all.add(eq("status", status.name()));
        }
        return all.isEmpty() ? new Document() : and(all);
    }

    private Optional<Payout> update(Bson filter, Bson update) {
        return Optional.ofNullable(payouts().findOneAndUpdate(filter, update,
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))).map(PayoutStore::toPayout);
    }

    static Payout toPayout(Document d) {
        return new Payout(d.getString("_id"), d.getString("expertId"), d.getLong("amount"), d.getString("currency"),
                PayoutMethod.valueOf(d.getString("method")), PayoutStatus.valueOf(d.getString("status")),
                d.getString("reference"), d.getString("providerRef"), d.getString("reason"), d.getString("decidedBy"),
                d.getDate("createdAt").toInstant(), instant(d, "decidedAt"), instant(d, "paidAt"),
                d.getDate("updatedAt").toInstant());
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
