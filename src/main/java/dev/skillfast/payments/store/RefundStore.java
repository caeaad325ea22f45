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

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import dev.skillfast.payments.domain.Provider;
import dev.skillfast.payments.domain.Refund;
import dev.skillfast.payments.domain.RefundStatus;
import dev.skillfast.platform.mongo.DueKeys;

/**
 * The {@code refunds} collection. {@code providerKey} (provider and the provider's refund id) is unique, so a
 * refund reported by the provider is matched to ours or recorded once. {@code holdConfirmed} and
 * {@code settled} record which journal steps are done; {@code reconcileDue} exists while one is not.
 */
@ApplicationScoped
public class RefundStore {

    static final String COLLECTION = "refunds";
    static final String DUE = "reconcileDue";

    @Inject
    MongoDatabase database;

    public RefundStore() {
    }

    public RefundStore(MongoDatabase database) {
        this.database = database;
    }

    private MongoCollection<Document> refunds() {
        return database.getCollection(COLLECTION);
    }

    /** Stores a new refund (HELD, hold not yet confirmed); answers the one already under this id otherwise. */
    public Refund insertOrGet(Refund refund, Instant reconcileAt) {
        Document d = new Document("_id", refund.id()).append("topupId", refund.topupId()).append("userId", refund.userId())
                .append("amount", refund.amount()).append("currency", refund.currency()).append("reason", refund.reason())
                .append("status", refund.status().name()).append("createdBy", refund.createdBy())
                .append("holdConfirmed", false).append("settled", false).append(DUE, DueKeys.of(reconcileAt, refund.id()))
                .append("createdAt", Date.from(refund.createdAt())).append("updatedAt", Date.from(refund.updatedAt()));
        try {
            refunds().insertOne(d);
            return refund;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return find(refund.id()).orElseThrow(() -> e);
        }
    }

    public Optional<Refund> find(String id) {
        return Optional.ofNullable(refunds().find(eq("_id", id)).first()).map(RefundStore::toRefund);
    }

    public Optional<Refund> byProviderRef(Provider provider, String providerRef) {
        return Optional.ofNullable(refunds().find(eq("providerKey", provider.name() + ':' + providerRef)).first())
                .map(RefundStore::toRefund);
    }

    public boolean holdConfirmed(String id) {
        return refunds().countDocuments(and(eq("_id", id), eq("holdConfirmed", true))) > 0;
    }

    public boolean settled(String id) {
        return refunds().countDocuments(and(eq("_id", id), eq("settled", true))) > 0;
    }

    public void confirmHold(String id, Instant now) {
        refunds().updateOne(eq("_id", id), Updates.combine(Updates.set("holdConfirmed", true),
                Updates.set("updatedAt", Date.from(now))));
    }

    /** HELD → PENDING at the provider (with its reference), if still HELD. */
    public Optional<Refund> pending(String id, Provider provider, String providerRef, Instant now) {
        return update(and(eq("_id", id), eq("status", RefundStatus.HELD.name())), Updates.combine(
                Updates.set("status", RefundStatus.PENDING.name()), providerRef(provider, providerRef),
                Updates.set("updatedAt", Date.from(now))));
    }

    /** HELD or PENDING → SUCCEEDED or FAILED; empty when it was final already. */
    public Optional<Refund> finish(String id, RefundStatus status, Provider provider, String providerRef,
                                   String failureReason, Instant now) {
        List<Bson> set = new ArrayList<>(List.of(Updates.set("status", status.name()), Updates.set("updatedAt", Date.from(now))));
        if (providerRef != null) {
            set.add(providerRef(provider, providerRef));
        }
        if (failureReason != null) {
            set.add(Updates.set("failureReason", failureReason));
        }
        return update(and(eq("_id", id), in("status", List.of(RefundStatus.HELD.name(), RefundStatus.PENDING.name()))),
                Updates.combine(set));
    }

    private static Bson providerRef(Provider provider, String ref) {
        return Updates.combine(Updates.set("providerRef", ref), Updates.set("providerKey", provider.name() + ':' + ref));
    }

    /** Its journal steps are all done: reconciliation no longer looks at it. */
    public void settle(String id, Instant now) {
        refunds().updateOne(eq("_id", id), Updates.combine(Updates.set("settled", true), Updates.unset(DUE),
                Updates.set("updatedAt", Date.from(now))));
    }

    public List<Refund> due(Instant now, int limit) {
        return refunds().find(lt(DUE, DueKeys.dueBy(now))).limit(limit).map(RefundStore::toRefund).into(new ArrayList<>());
    }

    public void lookAgain(String id, Instant next) {
        refunds().updateOne(eq("_id", id), Updates.set(DUE, DueKeys.of(next, id)));
    }

    public List<Refund> ofTopup(String topupId) {
        return refunds().find(eq("topupId", topupId)).sort(Sorts.ascending("createdAt")).map(RefundStore::toRefund)
                .into(new ArrayList<>());
    }

    private Optional<Refund> update(Bson filter, Bson update) {
        return Optional.ofNullable(refunds().findOneAndUpdate(filter, update,
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))).map(RefundStore::toRefund);
    }

    static Refund toRefund(Document d) {
        return new Refund(d.getString("_id"), d.getString("topupId"), d.getString("userId"), d.getLong("amount"),
                d.getString("currency"), d.getString("reason"), RefundStatus.valueOf(d.getString("status")),
                d.getString("providerRef"), d.getString("failureReason"), d.getString("createdBy"),
                d.getDate("createdAt").toInstant(), d.getDate("updatedAt").toInstant());
    }
}
