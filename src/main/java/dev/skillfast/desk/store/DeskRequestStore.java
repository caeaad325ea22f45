package dev.skillfast.desk.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

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

import dev.skillfast.desk.domain.DeskRequest;
import dev.skillfast.desk.domain.DeskState;
import dev.skillfast.experts.domain.Channel;
import dev.skillfast.platform.mongo.DuplicateKeys;

/**
 * The {@code desk_requests} collection. A waiting request carries {@code waitingClient} (its client's id),
 * which a unique sparse index keeps to one per client and every exit from WAITING removes.
 */
@ApplicationScoped
public class DeskRequestStore {

    static final String COLLECTION = "desk_requests";

    @Inject
    MongoDatabase database;

    public DeskRequestStore() {
    }

    /** For tests outside the container. */
    public DeskRequestStore(MongoDatabase database) {
        this.database = database;
    }

    private MongoCollection<Document> requests() {
        return database.getCollection(COLLECTION);
    }

    /** Stores a new waiting request; false when its client already has one waiting. */
    public boolean insert(DeskRequest r) {
        return DuplicateKeys.insertUnlessTaken(requests(), new Document("_id", r.id()).append("clientId", r.clientId())
                .append("clientName", r.clientName()).append("category", r.category())
                .append("channel", r.channel().name()).append("description", r.description())
                .append("state", DeskState.WAITING.name()).append("waitingClient", r.clientId())
                .append("createdAt", Date.from(r.createdAt())).append("expiresAt", Date.from(r.expiresAt()))
                .append("costCentre", r.costCentre()));
    }

    public Optional<DeskRequest> find(String id) {
        return Optional.ofNullable(requests().find(eq("_id", id)).first()).map(DeskRequestStore::toRequest);
    }

    /** The client's waiting request, if any. */
    public Optional<DeskRequest> waitingOf(String clientId) {
        return Optional.ofNullable(requests().find(eq("waitingClient", clientId)).first()).map(DeskRequestStore::toRequest);
    }

    /** Its client cancels a waiting request; empty when it was not waiting (picked or expired meanwhile). */
    public Optional<DeskRequest> cancel(String id, String clientId, Instant now) {
        return leave(and(eq("_id", id), eq("clientId", clientId)), DeskState.CANCELLED, now, null);
    }

    /**
     * An expert picks a waiting request: one conditional update, so of several experts picking it at once
     * exactly one gets it; empty for the others (and for a request no longer waiting).
     */
    public Optional<DeskRequest> pick(String id, String expertId, Instant now) {
        return leave(eq("_id", id), DeskState.PICKED, now, Updates.set("pickedBy", expertId));
    }

    /** Records the session a pick became. */
    public void pickedInto(String id, String sessionId) {
        requests().updateOne(eq("_id", id), Updates.set("sessionId", sessionId));
    }

    /** A pick whose session could not start (the client cannot pay): the request ends as cancelled. */
    public void pickFailed(String id, String reason) {
        requests().updateOne(and(eq("_id", id), eq("state", DeskState.PICKED.name())),
                Updates.combine(Updates.set("state", DeskState.CANCELLED.name()), Updates.set("reason", reason)));
    }

    /** Expires the first waiting request whose wait ran out by {@code now}; empty when none did. */
    public Optional<DeskRequest> expireOne(Instant now) {
        return leave(lte("expiresAt", Date.from(now)), DeskState.EXPIRED, now, null);
    }

    /** A category's waiting requests, in queue order. */
    public List<DeskRequest> waiting(String category) {
        return requests().find(and(eq("state", DeskState.WAITING.name()), eq("category", category)))
                .sort(Sorts.ascending("createdAt", "_id")).map(DeskRequestStore::toRequest).into(new ArrayList<>());
    }

    /** One plus the waiting requests of its category ahead of it. */
    public int position(DeskRequest r) {
        Date at = Date.from(r.createdAt());
        return 1 + (int) requests().countDocuments(and(eq("state", DeskState.WAITING.name()), eq("category", r.category()),
                or(lt("createdAt", at), and(eq("createdAt", at), lt("_id", r.id())))));
    }

    /** Keeps an expired request's follow-up message, once; false when it is not expired or has one. */
    public boolean leaveFollowUp(String id, String clientId, String message, Instant now) {
        return requests().updateOne(and(eq("_id", id), eq("clientId", clientId), eq("state", DeskState.EXPIRED.name()),
                exists("followUp", false)),
                Updates.combine(Updates.set("followUp", message), Updates.set("followUpAt", Date.from(now))))
                .getModifiedCount() == 1;
    }

    /** Every waiting request, of every category. */
    public List<DeskRequest> allWaiting() {
        return requests().find(eq("state", DeskState.WAITING.name())).map(DeskRequestStore::toRequest)
                .into(new ArrayList<>());
    }

    /** Every request that left the queue since {@code since}: picked, cancelled or expired. */
    public List<DeskRequest> endedSince(Instant since) {
        return requests().find(gte("endedAt", Date.from(since))).map(DeskRequestStore::toRequest).into(new ArrayList<>());
    }

    /** A category's picks since {@code since}. */
    public List<DeskRequest> pickedSince(String category, Instant since) {
        return requests().find(and(eq("state", DeskState.PICKED.name()), eq("category", category),
                gte("endedAt", Date.from(since)))).map(DeskRequestStore::toRequest).into(new ArrayList<>());
    }

    private Optional<DeskRequest> leave(Bson which, DeskState to, Instant now, Bson extra) {
        List<Bson> changes = new ArrayList<>(List.of(Updates.set("state", to.name()), Updates.unset("waitingClient"),
                Updates.set("endedAt", Date.from(now))));
        if (extra != null) {
            changes.add(extra);
        }
        Document after = requests().findOneAndUpdate(and(which, eq("state", DeskState.WAITING.name())),
                Updates.combine(changes), new FindOneAndUpdateOptions().sort(Sorts.ascending("expiresAt"))
                        .returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(after).map(DeskRequestStore::toRequest);
    }

    private static DeskRequest toRequest(Document d) {
        return new DeskRequest(d.getString("_id"), d.getString("clientId"), d.getString("clientName"),
                d.getString("category"), Channel.valueOf(d.getString("channel")), d.getString("description"),
                DeskState.valueOf(d.getString("state")), instant(d, "createdAt"), instant(d, "expiresAt"),
                d.getString("pickedBy"), d.getString("sessionId"), instant(d, "endedAt"), d.getString("costCentre"));
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
