package dev.skillfast.sessions.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;
import static dev.skillfast.sessions.store.SessionDocuments.AWAY_DUE;
import static dev.skillfast.sessions.store.SessionDocuments.CLIENT_OPEN;
import static dev.skillfast.sessions.store.SessionDocuments.EXPERT_BUSY;
import static dev.skillfast.sessions.store.SessionDocuments.EXPIRES_DUE;
import static dev.skillfast.sessions.store.SessionDocuments.STATE_KEY;
import static dev.skillfast.sessions.store.SessionDocuments.stateKey;

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
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import dev.skillfast.experts.domain.Channel;
import dev.skillfast.platform.mongo.ByIds;
import dev.skillfast.platform.mongo.DueKeys;
import dev.skillfast.sessions.domain.EndReason;
import dev.skillfast.sessions.domain.FundedBy;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionState;
import dev.skillfast.sessions.domain.Tariff;

/**
 * The lifecycle in the {@code sessions} collection. Every state change is one conditional update on the
 * current state, so of two racing changes exactly one matches. The condition is a single field,
 * {@code stateKey} ("id:STATE", unique), one index lookup on either store (a filter like {@code {_id, state}}
 * is not: see the embedded store's package notes). Other conditions (who, deadlines) are checked by
 * {@code SessionService} before the update. Two unique sparse fields hold the "at most one" rules without
 * transactions: {@code clientOpen} (the client's id while REQUESTED or ACTIVE) and {@code expertBusy} (the
 * expert's id while ACTIVE); a second open session fails on the index.
 */
@ApplicationScoped
public class SessionStore {

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
        return database.getCollection(SessionDocuments.COLLECTION);
    }

    /** Stores a new REQUESTED session. */
    public Session insertRequested(String id, Session.Party client, Session.Party expert, Channel channel, FundedBy fundedBy,
                                   Instant now, Instant expiresAt) {
        Document d = new Document("_id", id).append("clientId", client.id()).append("clientName", client.name())
                .append("expertId", expert.id()).append("expertName", expert.name())
                .append("expertAvatarVersion", expert.avatarVersion()).append("channel", channel.name())
                .append("state", SessionState.REQUESTED.name()).append(STATE_KEY, stateKey(id, SessionState.REQUESTED))
                .append("requestedAt", Date.from(now)).append("expiresAt", Date.from(expiresAt))
                .append(EXPIRES_DUE, DueKeys.of(expiresAt, id)).append(CLIENT_OPEN, client.id())
                .append("readSeq", new Document("client", 0L).append("expert", 0L))
                .append("fundedBy", SessionDocuments.fundedBy(fundedBy));
        try {
            sessions().insertOne(d);
        } catch (MongoWriteException e) {
            throw duplicateOr(e);
        }
        return SessionDocuments.toSession(d);
    }

    public Optional<Session> find(String id) {
        return Optional.ofNullable(sessions().find(eq("_id", id)).first()).map(SessionDocuments::toSession);
    }

    /** Every session, in no particular order (the dashboards' replay of the history). */
    public void each(java.util.function.Consumer<Session> each) {
        sessions().find().batchSize(1000).forEach(d -> each.accept(SessionDocuments.toSession(d)));
    }

    /** The sessions with these ids (missing ones left out), in no particular order. */
    public List<Session> findAll(Collection<String> ids) {
        return ByIds.find(sessions(), ids, null, SessionDocuments::toSession);
    }

    /**
     * REQUESTED → ACTIVE (the caller checked it is the session's expert, before the deadline); marks the
     * expert busy and copies the tariff in.
     */
    public Optional<Session> accept(String id, String expertId, Instant now, Tariff tariff) {
        return transition(id, SessionState.REQUESTED, SessionState.ACTIVE, Updates.combine(
                Updates.set("startedAt", Date.from(now)), Updates.set(EXPERT_BUSY, expertId),
                Updates.set("tariff", SessionDocuments.tariff(tariff)), Updates.unset(EXPIRES_DUE)));
    }

    /** REQUESTED → DECLINED (expert), CANCELLED (client) or EXPIRED (the caller checked the deadline). */
    public Optional<Session> closeRequest(String id, SessionState to, Instant now) {
        return transition(id, SessionState.REQUESTED, to, Updates.combine(Updates.set("endedAt", Date.from(now)),
                Updates.unset(CLIENT_OPEN), Updates.unset(EXPIRES_DUE)));
    }

    /** ACTIVE → ENDED with its reason; frees both participants. */
    public Optional<Session> end(String id, EndReason reason, Instant now) {
        return end(id, reason, null, now);
    }

    /** Ends an ACTIVE session with the administrator's note ({@code endNote}, when not null). */
    public Optional<Session> end(String id, EndReason reason, String note, Instant now) {
        Bson ended = Updates.combine(Updates.set("endedAt", Date.from(now)), Updates.set("endReason", reason.name()),
                Updates.unset(CLIENT_OPEN), Updates.unset(EXPERT_BUSY), Updates.unset(AWAY_DUE));
        return transition(id, SessionState.ACTIVE, SessionState.ENDED,
                note == null ? ended : Updates.combine(ended, Updates.set("endNote", note)));
    }

    /** One conditional update: matches only while the session is in {@code from}. */
    private Optional<Session> transition(String id, SessionState from, SessionState to, Bson changes) {
        Bson update = Updates.combine(Updates.set("state", to.name()), Updates.set(STATE_KEY, stateKey(id, to)), changes);
        try {
            return Optional.ofNullable(sessions().findOneAndUpdate(eq(STATE_KEY, stateKey(id, from)), update,
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))).map(SessionDocuments::toSession);
        } catch (MongoWriteException e) {
            throw duplicateOr(e);
        } catch (MongoCommandException e) {
            if (e.getErrorCode() == 11000) {
                throw new AlreadyOpenException(e);
            }
            throw e;
        }
    }

    /** The sessions one user takes part in, newest first, optionally in one state. */
    public List<Session> ofUser(String userId, SessionState state, int page, int size) {
        return sessions().find(userFilter(userId, state)).sort(Sorts.descending("requestedAt"))
                .skip(page * size).limit(size).map(SessionDocuments::toSession).into(new ArrayList<>());
    }

    public long countOfUser(String userId, SessionState state) {
        return sessions().countDocuments(userFilter(userId, state));
    }

    private static Bson userFilter(String userId, SessionState state) {
        Bson mine = or(eq("clientId", userId), eq("expertId", userId));
        return state == null ? mine : and(mine, eq("state", state.name()));
    }

    /** REQUESTED sessions whose answer time is over (one range of the {@code expiresDue} index). */
    public List<String> dueToExpire(Instant now, int limit) {
        return sessions().find(lt(EXPIRES_DUE, DueKeys.dueBy(now))).limit(limit).map(d -> d.getString("_id"))
                .into(new ArrayList<>());
    }

    /**
     * Gives REQUESTED sessions a build before {@code expiresDue} left without one their key (a scan of the
     * collection: for start-up only); answers how many.
     */
    public int keyOlderRequests() {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Document d : sessions().find(and(eq("state", SessionState.REQUESTED.name()), Filters.exists(EXPIRES_DUE, false)))) {
            String id = d.getString("_id");
            writes.add(new UpdateOneModel<>(eq(STATE_KEY, stateKey(id, SessionState.REQUESTED)),
                    Updates.set(EXPIRES_DUE, DueKeys.of(d.getDate("expiresAt").toInstant(), id))));
        }
        if (!writes.isEmpty()) {
            sessions().bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
        return writes.size();
    }

    /**
     * REQUESTED sessions waiting for this expert's answer: the {@code expertId} index on MongoDB, a scan on
     * the embedded store; used when an account is suspended only.
     */
    public List<Session> requestsTo(String expertId) {
        return sessions().find(and(eq("expertId", expertId), eq("state", SessionState.REQUESTED.name())))
                .map(SessionDocuments::toSession).into(new ArrayList<>());
    }

    /** Every ACTIVE session: a scan of the collection on the embedded store, for start-up work only. */
    public List<Session> active() {
        return sessions().find(eq("state", SessionState.ACTIVE.name())).map(SessionDocuments::toSession)
                .into(new ArrayList<>());
    }

    /** The expert's ACTIVE session, if any. */
    public Optional<Session> activeOfExpert(String expertId) {
        return Optional.ofNullable(sessions().find(eq(EXPERT_BUSY, expertId)).first()).map(SessionDocuments::toSession);
    }

    /** The user's ACTIVE session(s), as client or expert (index lookups on the two "open" fields). */
    public List<Session> activeOf(String userId) {
        return openOf(userId).stream().filter(s -> s.state() == SessionState.ACTIVE).toList();
    }

    /** The user's open sessions: ACTIVE as client or expert, REQUESTED as client (the two "open" fields). */
    public List<Session> openOf(String userId) {
        List<Session> found = new ArrayList<>();
        sessions().find(eq(EXPERT_BUSY, userId)).map(SessionDocuments::toSession).into(found);
        sessions().find(eq(CLIENT_OPEN, userId)).map(SessionDocuments::toSession).into(found);
        return found.stream().filter(s -> s.state().isOpen()).toList();
    }

    private static RuntimeException duplicateOr(MongoWriteException e) {
        return e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY ? new AlreadyOpenException(e) : e;
    }
}
