package dev.skillfast.payments.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;

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
import dev.skillfast.payments.domain.Topup;
import dev.skillfast.payments.domain.TopupFilter;
import dev.skillfast.payments.domain.TopupStatus;
import dev.skillfast.platform.mongo.DueKeys;

/**
 * The {@code topups} collection. Unique keys: {@code requestKey} (user and Idempotency-Key: a retried
 * request finds its top-up), {@code paymentKey} (provider and payment id, for events that name only the
 * provider's payment), {@code reconcileDue} (a {@link DueKeys} key while reconciliation has work on it) and
 * {@code stateKey} ("id:STATUS"): a change of status is a conditional update on that one unique key, which
 * the embedded store answers from its index (a filter on {@code _id} and {@code status} would scan).
 * Refunds move {@code refundable} and {@code refunded} with one conditional update each, guarded by the
 * refund's id in {@code reservedRefunds} / {@code appliedRefunds} / {@code releasedRefunds}, so a repeated
 * step never moves them twice.
 */
@ApplicationScoped
public class TopupStore {

    static final String COLLECTION = "topups";
    static final String DUE = "reconcileDue";
    static final String STATE_KEY = "stateKey";

    @Inject
    MongoDatabase database;

    public TopupStore() {
    }

    public TopupStore(MongoDatabase database) {
        this.database = database;
    }

    private MongoCollection<Document> topups() {
        return database.getCollection(COLLECTION);
    }

    /** Stores a new top-up; when the user's request key is taken, answers the top-up stored under it. */
    public Topup insertOrGet(Topup topup, String requestKey, Instant reconcileAt) {
        Document d = new Document("_id", topup.id()).append("userId", topup.userId())
                .append("provider", topup.provider().name()).append("amount", topup.amount())
                .append("currency", topup.currency()).append("status", topup.status().name())
                .append(STATE_KEY, stateKey(topup.id(), topup.status()))
                .append("requestKey", requestKey).append("refunded", 0L).append("refundable", 0L)
                .append("reservedRefunds", List.of()).append("appliedRefunds", List.of())
                .append("releasedRefunds", List.of()).append(DUE, DueKeys.of(reconcileAt, topup.id()))
                .append("createdAt", Date.from(topup.createdAt())).append("updatedAt", Date.from(topup.updatedAt()));
        try {
            topups().insertOne(d);
            return topup;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return Optional.ofNullable(topups().find(eq("requestKey", requestKey)).first()).map(TopupStore::toTopup)
                    .orElseThrow(() -> e);
        }
    }

    public Optional<Topup> find(String id) {
        return Optional.ofNullable(topups().find(eq("_id", id)).first()).map(TopupStore::toTopup);
    }

    public Optional<Topup> byPayment(Provider provider, String paymentRef) {
        return Optional.ofNullable(topups().find(eq("paymentKey", paymentKey(provider, paymentRef))).first())
                .map(TopupStore::toTopup);
    }

    /** Records the provider's payment page once it is open. */
    public Optional<Topup> opened(String id, String providerRef, String redirectUrl, Instant now) {
        return update(eq("_id", id), Updates.combine(Updates.set("providerRef", providerRef),
                Updates.set("redirectUrl", redirectUrl), Updates.set("updatedAt", Date.from(now))));
    }

    /**
     * Marks a top-up paid once its credit is journalled: from PENDING, FAILED or EXPIRED (a late payment is
     * still money received); empty when it was SUCCEEDED (or refunded) already.
     */
    public Optional<Topup> succeeded(Topup topup, String paymentRef, Instant now) {
        String id = topup.id();
        // refundable grows by the amount once: the status guard lets one caller through
        List<Bson> set = new ArrayList<>(List.of(status(id, TopupStatus.SUCCEEDED),
                Updates.inc("refundable", topup.amount()), Updates.set("updatedAt", Date.from(now)), Updates.unset(DUE)));
        if (paymentRef != null) {
            set.add(Updates.set("paymentRef", paymentRef));
            set.add(Updates.set("paymentKey", paymentKey(topup.provider(), paymentRef)));
        }
        for (TopupStatus from : List.of(TopupStatus.PENDING, TopupStatus.FAILED, TopupStatus.EXPIRED)) {
            Optional<Topup> moved = update(eq(STATE_KEY, stateKey(id, from)), Updates.combine(set));
            if (moved.isPresent()) {
                return moved;
            }
        }
        return Optional.empty();
    }

    /** PENDING → FAILED or EXPIRED; empty when it was no longer PENDING. */
    public Optional<Topup> ended(String id, TopupStatus status, String reason, Instant now) {
        return update(eq(STATE_KEY, stateKey(id, TopupStatus.PENDING)), Updates.combine(
                status(id, status), Updates.set("failureReason", reason),
                Updates.set("updatedAt", Date.from(now)), Updates.unset(DUE)));
    }

    /** Flags a top-up for an administrator (an event disagreed with it); the first flag is kept. */
    public void flag(String id, String why, Instant now) {
        topups().updateOne(and(eq("_id", id), eq("flag", null)),
                Updates.combine(Updates.set("flag", why), Updates.set("updatedAt", Date.from(now))));
    }

    public Optional<Topup> clearFlag(String id, String note, String by, Instant now) {
        return update(and(eq("_id", id), ne("flag", null)), Updates.combine(Updates.set("flag", null),
                Updates.push("resolutions", new Document("note", note).append("by", by).append("at", Date.from(now))),
                Updates.set("updatedAt", Date.from(now))));
    }

    /** Sets {@code amount} of the refundable aside for a refund, once; empty when it does not cover it. */
    public Optional<Topup> reserve(String id, String refundId, long amount, Instant now) {
        Optional<Topup> done = update(and(eq("_id", id), gte("refundable", amount), ne("reservedRefunds", refundId)),
                Updates.combine(Updates.inc("refundable", -amount), Updates.push("reservedRefunds", refundId),
                        Updates.set("updatedAt", Date.from(now))));
        return done.isPresent() ? done : find(id).filter(t -> reserved(id, refundId));
    }

    private boolean reserved(String id, String refundId) {
        return topups().countDocuments(and(eq("_id", id), eq("reservedRefunds", refundId))) > 0;
    }

    /** Gives a failed refund's reservation back, once. */
    public void release(String id, String refundId, long amount, Instant now) {
        topups().updateOne(and(eq("_id", id), eq("reservedRefunds", refundId), ne("releasedRefunds", refundId)),
                Updates.combine(Updates.inc("refundable", amount), Updates.push("releasedRefunds", refundId),
                        Updates.set("updatedAt", Date.from(now))));
    }

    /** Counts a confirmed refund, once, and sets REFUNDED or PARTIALLY_REFUNDED accordingly. */
    public Optional<Topup> refunded(String id, String refundId, long amount, Instant now) {
        topups().updateOne(and(eq("_id", id), ne("appliedRefunds", refundId)), Updates.combine(
                Updates.inc("refunded", amount), Updates.push("appliedRefunds", refundId)));
        Topup t = find(id).orElseThrow();
        TopupStatus status = t.refunded() >= t.amount() ? TopupStatus.REFUNDED : TopupStatus.PARTIALLY_REFUNDED;
        return update(eq("_id", id), Updates.combine(status(id, status), Updates.unset(DUE),
                Updates.set("updatedAt", Date.from(now))));
    }

    /** Top-ups reconciliation should look at by {@code now}. */
    public List<Topup> due(Instant now, int limit) {
        return topups().find(lt(DUE, DueKeys.dueBy(now))).limit(limit).map(TopupStore::toTopup).into(new ArrayList<>());
    }

    /** Looks at it again at {@code next}, or never when null. */
    public void lookAgain(String id, Instant next) {
        topups().updateOne(eq("_id", id), next == null ? Updates.unset(DUE) : Updates.set(DUE, DueKeys.of(next, id)));
    }

    public List<Topup> page(TopupFilter filter, int page, int size) {
        return topups().find(filter(filter)).sort(Sorts.orderBy(Sorts.descending("createdAt"), Sorts.ascending("_id")))
                .skip(page * size).limit(size).map(TopupStore::toTopup).into(new ArrayList<>());
    }

    public long count(TopupFilter filter) {
        return topups().countDocuments(filter(filter));
    }

    private static Bson filter(TopupFilter f) {
        List<Bson> all = new ArrayList<>();
        if (f.userId() != null) {
            all.add(eq("userId", f.userId()));
        }
        if (f.status() != null) {
            all.add(eq("status", f.status().name()));
        }
        if (f.provider() != null) {
            all.add(eq("provider", f.provider().name()));
        }
        if (f.flagged() != null) {
            all.add(f.flagged() ? ne("flag", null) : eq("flag", null));
        }
        return all.isEmpty() ? new Document() : and(all);
    }

    private Optional<Topup> update(Bson filter, Bson update) {
        return Optional.ofNullable(topups().findOneAndUpdate(filter, update,
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))).map(TopupStore::toTopup);
    }

    /** Sets the status and its one-key form (see the class comment). */
    private static Bson status(String id, TopupStatus status) {
        return Updates.combine(Updates.set("status", status.name()), Updates.set(STATE_KEY, stateKey(id, status)));
    }

    static String stateKey(String id, TopupStatus status) {
        return id + ':' + status.name();
    }

    static String paymentKey(Provider provider, String paymentRef) {
        return provider.name() + ':' + paymentRef;
    }

    static Topup toTopup(Document d) {
        return new Topup(d.getString("_id"), d.getString("userId"), Provider.valueOf(d.getString("provider")),
                d.getLong("amount"), d.getString("currency"), TopupStatus.valueOf(d.getString("status")),
                d.getString("providerRef"), d.getString("paymentRef"), d.getString("redirectUrl"),
                d.getLong("refunded"), d.getLong("refundable"), d.getString("flag"), d.getDate("createdAt").toInstant(),
                d.getDate("updatedAt").toInstant());
    }
}
