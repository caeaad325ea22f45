package dev.skillfast.sessions.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

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

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import dev.skillfast.experts.domain.Channel;
import dev.skillfast.sessions.domain.EndReason;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionState;

/**
 * The {@code sessions} collection. Every state change is one conditional update on the current state,
 * so of two racing changes exactly one matches. Two unique sparse fields hold the "at most one" rules
 * without transactions: {@code clientOpen} (the client's id while REQUESTED or ACTIVE) and
 * {@code expertBusy} (the expert's id while ACTIVE); a second open session fails on the index.
 */
@ApplicationScoped
public class SessionStore {

    static final String COLLECTION = "sessions";

    /** Thrown when a write would break one of the "at most one open session" rules. */
    public static class AlreadyOpenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AlreadyOpenException(Throwable cause) {
            super(cause);
        }
    }

    @Inject
    MongoDatabase database;

    public SessionStore() {
    }

    public SessionStore(MongoDatabase database) {
        this.database = database;
    }

    private MongoCollection<Document> sessions() {
        return database.getCollection(COLLECTION);
    }

    /** Stores a new REQUESTED session. */
    public Session insertRequested(String id, String clientId, String clientName, String expertId, String expertName,
                                   String expertAvatarVersion, Channel channel, Instant now, Instant expiresAt) {
        Document d = new Document("_id", id).append("clientId", clientId).append("clientName", clientName)
                .append("expertId", expertId).append("expertName", expertName)
                .append("expertAvatarVersion", expertAvatarVersion).append("channel", channel.name())
                .append("state", SessionState.REQUESTED.name()).append("requestedAt", Date.from(now))
                .append("expiresAt", Date.from(expiresAt)).append("clientOpen", clientId).append("lastSeq", 0L)
                .append("readSeq", new Document("client", 0L).append("expert", 0L));
        try {
            sessions().insertOne(d);
        } catch (MongoWriteException e) {
            throw duplicateOr(e);
        }
        return toSession(d);
    }

    public Optional<Session> find(String id) {
        return Optional.ofNullable(sessions().find(eq("_id", id)).first()).map(SessionStore::toSession);
    }

    /** REQUESTED → ACTIVE by its expert, before it expires; marks the expert busy. */
    public Optional<Session> accept(String id, String expertId, Instant now) {
        return transition(and(eq("_id", id), eq("expertId", expertId), eq("state", SessionState.REQUESTED.name()),
                gt("expiresAt", Date.from(now))), Updates.combine(
                Updates.set("state", SessionState.ACTIVE.name()), Updates.set("startedAt", Date.from(now)),
                Updates.set("expertBusy", expertId), Updates.set("seen.client", Date.from(now)),
                Updates.set("seen.expert", Date.from(now))));
    }

    /** REQUESTED → DECLINED (expert), CANCELLED (client) or EXPIRED (past its deadline). */
    public Optional<Session> closeRequest(String id, SessionState to, Instant now) {
        Bson filter = and(eq("_id", id), eq("state", SessionState.REQUESTED.name()));
        if (to == SessionState.EXPIRED) {
            filter = and(filter, lte("expiresAt", Date.from(now)));
        }
        return transition(filter, Updates.combine(Updates.set("state", to.name()), Updates.set("endedAt", Date.from(now)),
                Updates.unset("clientOpen")));
    }

    /** ACTIVE → ENDED with its reason; frees both participants. */
    public Optional<Session> end(String id, EndReason reason, Instant now) {
        return transition(and(eq("_id", id), eq("state", SessionState.ACTIVE.name())), Updates.combine(
                Updates.set("state", SessionState.ENDED.name()), Updates.set("endedAt", Date.from(now)),
                Updates.set("endReason", reason.name()), Updates.unset("clientOpen"), Updates.unset("expertBusy")));
    }

    private Optional<Session> transition(Bson filter, Bson update) {
        try {
            return Optional.ofNullable(sessions().findOneAndUpdate(filter, update,
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))).map(SessionStore::toSession);
        } catch (MongoWriteException e) {
            throw duplicateOr(e);
        } catch (com.mongodb.MongoCommandException e) {
            if (e.getErrorCode() == 11000) {
                throw new AlreadyOpenException(e);
            }
            throw e;
        }
    }

    /** The sessions one user takes part in, newest first, optionally in one state. */
    public List<Session> ofUser(String userId, SessionState state, int page, int size) {
        return sessions().find(userFilter(userId, state)).sort(Sorts.descending("requestedAt"))
                .skip(page * size).limit(size).map(SessionStore::toSession).into(new ArrayList<>());
    }

    public long countOfUser(String userId, SessionState state) {
        return sessions().countDocuments(userFilter(userId, state));
    }

    private static Bson userFilter(String userId, SessionState state) {
        Bson mine = or(eq("clientId", userId), eq("expertId", userId));
        return state == null ? mine : and(mine, eq("state", state.name()));
    }

    /** REQUESTED sessions whose answer time is over. */
    public List<String> dueToExpire(Instant now, int limit) {
        return sessions().find(and(eq("state", SessionState.REQUESTED.name()), lte("expiresAt", Date.from(now))))
                .limit(limit).map(d -> d.getString("_id")).into(new ArrayList<>());
    }

    public List<Session> active() {
        return sessions().find(eq("state", SessionState.ACTIVE.name())).map(SessionStore::toSession).into(new ArrayList<>());
    }

    /** The expert's ACTIVE session, if any. */
    public Optional<Session> activeOfExpert(String expertId) {
        return Optional.ofNullable(sessions().find(eq("expertBusy", expertId)).first()).map(SessionStore::toSession);
    }

    /** ACTIVE sessions where one participant was last seen before {@code cutoff}. */
    public List<Session> activeUnseenSince(Instant cutoff) {
        Date before = Date.from(cutoff);
        return sessions().find(and(eq("state", SessionState.ACTIVE.name()),
                        or(lt("seen.client", before), lt("seen.expert", before))))
                .map(SessionStore::toSession).into(new ArrayList<>());
    }

    /** Records that these participants are connected now (only moves forward; ACTIVE sessions only). */
    public void markSeen(Collection<Seen> seen, Instant now) {
        if (seen.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Seen s : seen) {
            writes.add(new UpdateOneModel<>(and(eq("_id", s.sessionId()), eq("state", SessionState.ACTIVE.name())),
                    Updates.max("seen." + (s.client() ? "client" : "expert"), Date.from(now))));
        }
        sessions().bulkWrite(writes);
    }

    /** One participant of one session, seen connected. */
    public record Seen(String sessionId, boolean client) {
    }

    /** Moves a participant's read mark forward (never back). */
    public void markRead(String id, boolean client, long seq) {
        sessions().updateOne(eq("_id", id), Updates.max("readSeq." + (client ? "client" : "expert"), seq));
    }

    /** Moves sessions' last chat sequence numbers forward, in one round trip. */
    public void raiseLastSeq(java.util.Map<String, Long> lastSeqBySession) {
        if (lastSeqBySession.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        lastSeqBySession.forEach((id, seq) -> writes.add(new UpdateOneModel<>(eq("_id", id), Updates.max("lastSeq", seq))));
        sessions().bulkWrite(writes, new com.mongodb.client.model.BulkWriteOptions().ordered(false));
    }

    private static RuntimeException duplicateOr(MongoWriteException e) {
        return e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY ? new AlreadyOpenException(e) : e;
    }

    static Session toSession(Document d) {
        Document read = d.get("readSeq", Document.class);
        Document seen = d.get("seen", Document.class);
        String reason = d.getString("endReason");
        return new Session(d.getString("_id"), d.getString("clientId"), d.getString("clientName"), d.getString("expertId"),
                d.getString("expertName"), d.getString("expertAvatarVersion"), Channel.valueOf(d.getString("channel")),
                SessionState.valueOf(d.getString("state")), instant(d, "requestedAt"), instant(d, "expiresAt"),
                instant(d, "startedAt"), instant(d, "endedAt"), reason == null ? null : EndReason.valueOf(reason),
                number(d.get("lastSeq")), read == null ? 0 : number(read.get("client")),
                read == null ? 0 : number(read.get("expert")), seen == null ? null : instant(seen, "client"),
                seen == null ? null : instant(seen, "expert"));
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
