package dev.skillfast.costcentres.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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

import dev.skillfast.costcentres.domain.Approval;
import dev.skillfast.costcentres.domain.ApprovalState;
import dev.skillfast.experts.domain.Channel;
import dev.skillfast.platform.mongo.DuplicateKeys;

/**
 * The {@code cost_centre_approvals} collection. Every change is one conditional update on the state it
 * leaves (and, where it matters, on the deadline), so of an approver's answer, the expiry and a second
 * approver exactly one wins. A PENDING approval carries {@code pendingClient}, which a unique sparse index
 * keeps to one per client.
 */
@ApplicationScoped
public class ApprovalStore {

    static final String COLLECTION = "cost_centre_approvals";

    @Inject
    MongoDatabase database;

    public ApprovalStore() {
    }

    /** For tests outside the container. */
    public ApprovalStore(MongoDatabase database) {
        this.database = database;
    }

    private MongoCollection<Document> approvals() {
        return database.getCollection(COLLECTION);
    }

    /** Stores a new PENDING approval; false when its client already waits for one. */
    public boolean insert(Approval a) {
        return DuplicateKeys.insertUnlessTaken(approvals(), new Document("_id", a.id()).append("code", a.code())
                .append("clientId", a.clientId()).append("clientName", a.clientName()).append("expertId", a.expertId())
                .append("expertName", a.expertName()).append("channel", a.channel().name())
                .append("expectedMinutes", a.expectedMinutes()).append("expectedCost", a.expectedCost())
                .append("currency", a.currency()).append("state", ApprovalState.PENDING.name())
                .append("pendingClient", a.clientId()).append("requestedAt", Date.from(a.requestedAt()))
                .append("expiresAt", Date.from(a.expiresAt())));
    }

    public Optional<Approval> find(String id) {
        return Optional.ofNullable(approvals().find(eq("_id", id)).first()).map(ApprovalStore::toApproval);
    }

    /** The approvals of these centres in one state, newest first. */
    public List<Approval> ofCentres(Collection<String> codes, ApprovalState state, int limit) {
        Bson centres = codes == null ? new Document() : in("code", codes);
        return approvals().find(and(centres, eq("state", state.name()))).sort(Sorts.descending("requestedAt"))
                .limit(limit).map(ApprovalStore::toApproval).into(new ArrayList<>());
    }

    /** An approver's answer to a PENDING approval still in time; {@code expiresAt} is the approved one's new deadline. */
    public Optional<Approval> decide(String id, String code, ApprovalState answer, String by, String byName, String note,
                                     Instant now, Instant expiresAt) {
        return change(and(eq("_id", id), eq("code", code), eq("state", ApprovalState.PENDING.name()),
                gt("expiresAt", Date.from(now))), Updates.combine(Updates.set("state", answer.name()),
                Updates.unset("pendingClient"), Updates.set("decidedAt", Date.from(now)), Updates.set("decidedBy", by),
                Updates.set("decidedByName", byName), Updates.set("note", note),
                Updates.set("expiresAt", Date.from(expiresAt))));
    }

    /** The client starts their session on an APPROVED approval still in time: it is spent (USED, no session yet). */
    public Optional<Approval> use(String id, String clientId, Instant now) {
        return change(and(eq("_id", id), eq("clientId", clientId), eq("state", ApprovalState.APPROVED.name()),
                gt("expiresAt", Date.from(now))), Updates.set("state", ApprovalState.USED.name()));
    }

    /** The session could not be created: a USED approval with no session is APPROVED again. */
    public void giveBack(String id, String clientId) {
        approvals().updateOne(and(eq("_id", id), eq("clientId", clientId), eq("state", ApprovalState.USED.name()),
                exists("sessionId", false)), Updates.set("state", ApprovalState.APPROVED.name()));
    }

    public Optional<Approval> usedFor(String id, String sessionId) {
        return change(and(eq("_id", id), eq("state", ApprovalState.USED.name()), exists("sessionId", false)),
                Updates.set("sessionId", sessionId));
    }

    /** PENDING and APPROVED approvals whose deadline has passed. */
    public List<Approval> due(Instant now, int limit) {
        return approvals().find(and(in("state", ApprovalState.PENDING.name(), ApprovalState.APPROVED.name()),
                lte("expiresAt", Date.from(now)))).limit(limit).map(ApprovalStore::toApproval).into(new ArrayList<>());
    }

    /** Expires an approval if it is still in the state it was read in and its deadline has passed. */
    public Optional<Approval> expire(Approval a, Instant now) {
        return change(and(eq("_id", a.id()), eq("state", a.state().name()), lte("expiresAt", Date.from(now))),
                Updates.combine(Updates.set("state", ApprovalState.EXPIRED.name()), Updates.unset("pendingClient")));
    }

    private Optional<Approval> change(Bson filter, Bson update) {
        return Optional.ofNullable(approvals().findOneAndUpdate(filter, update,
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))).map(ApprovalStore::toApproval);
    }

    private static Approval toApproval(Document d) {
        return new Approval(d.getString("_id"), d.getString("code"), d.getString("clientId"), d.getString("clientName"),
                d.getString("expertId"), d.getString("expertName"), Channel.valueOf(d.getString("channel")),
                d.get("expectedMinutes", Number.class).intValue(), d.get("expectedCost", Number.class).longValue(),
                d.getString("currency"), ApprovalState.valueOf(d.getString("state")), instant(d, "requestedAt"),
                instant(d, "expiresAt"), instant(d, "decidedAt"), d.getString("decidedBy"), d.getString("decidedByName"),
                d.getString("note"), d.getString("sessionId"));
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
