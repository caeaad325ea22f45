package dev.skillfast.sessions.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
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
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import dev.skillfast.experts.domain.Channel;
import dev.skillfast.platform.mongo.DueKeys;
import dev.skillfast.sessions.domain.EndReason;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionState;
import dev.skillfast.sessions.domain.Settlement;
import dev.skillfast.sessions.domain.Tariff;
import dev.skillfast.sessions.domain.UnitsBilled;

/**
 * The {@code sessions} collection. Every state change is one conditional update on the current state,
 * so of two racing changes exactly one matches. The condition is a single field, {@code stateKey}
 * ("id:STATE", unique): the embedded store uses an index only for a query on exactly that index's keys,
 * so a filter like {@code {_id, state}} would scan the whole collection, while {@code {stateKey}} is one
 * index lookup there and on a real MongoDB alike. Other conditions (who, deadlines) are checked by
 * {@code SessionService} before the update. Two unique sparse fields hold the "at most one" rules
 * without transactions: {@code clientOpen} (the client's id while REQUESTED or ACTIVE) and
 * {@code expertBusy} (the expert's id while ACTIVE); a second open session fails on the index.
 */
@ApplicationScoped
public class SessionStore {

    static final String COLLECTION = "sessions";
    /** While ACTIVE: when the billing sweep is to look at the session next, as a {@link DueKeys} key (unique, sparse). */
    static final String BILLING_DUE = "billingDue";
    /** While REQUESTED: the answer deadline as a {@link DueKeys} key (unique, sparse), for the expiry sweep. */
    static final String EXPIRES_DUE = "expiresDue";
    /**
     * While ACTIVE, once a participant has been away: a {@link DueKeys} key at or before the earliest
     * away mark (unique, sparse), for the sweep that ends abandoned sessions. It may be earlier than
     * the marks (a participant came back): the sweep then moves it on.
     */
    static final String AWAY_DUE = "awayDue";
    /** From the end of a session that ran until its settlement is stored: a {@link DueKeys} key (unique, sparse). */
    static final String SETTLE_DUE = "settleDue";

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
                .append("state", SessionState.REQUESTED.name()).append("stateKey", stateKey(id, SessionState.REQUESTED))
                .append("requestedAt", Date.from(now))
                .append("expiresAt", Date.from(expiresAt)).append(EXPIRES_DUE, DueKeys.of(expiresAt, id)).append("clientOpen", clientId)
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

    static String stateKey(String id, SessionState state) {
        return id + ':' + state.name();
    }

    /**
     * REQUESTED → ACTIVE (the caller checked it is the session's expert, before the deadline); marks the
     * expert busy and copies the tariff in.
     */
    public Optional<Session> accept(String id, String expertId, Instant now, Tariff tariff) {
        return transition(id, SessionState.REQUESTED, SessionState.ACTIVE, Updates.combine(
                Updates.set("startedAt", Date.from(now)), Updates.set("expertBusy", expertId),
                Updates.set("tariff", tariffDocument(tariff)),
                Updates.set("billing", new Document("units", 0L).append("seenAt", Date.from(now)).append("lowWarnedUnit", 0L)),
                Updates.set(BILLING_DUE, DueKeys.of(now, id)), Updates.unset(EXPIRES_DUE)));
    }

    static Document tariffDocument(Tariff t) {
        return new Document("rate", t.rate()).append("currency", t.currency()).append("freeUnits", t.freeUnits())
                .append("commissionBasisPoints", t.commissionBasisPoints()).append("unitSeconds", t.unitSeconds());
    }

    /**
     * Billing got through {@code units} units (never moves back: a slower, racing sweep cannot undo a
     * faster one); {@code seenAt}, when given, is when both participants were last seen connected;
     * {@code lookAt}, when given, is when the billing sweep is to look at the session next.
     */
    public void recordUnits(String id, long units, Instant seenAt, Instant lookAt) {
        sessions().updateOne(eq("_id", id), unitsBilled(id, units, seenAt, lookAt));
    }

    /** Units only grow and the "both seen" time only moves on, whoever writes last. */
    private static Bson unitsBilled(String id, long units, Instant seenAt, Instant lookAt) {
        List<Bson> update = new ArrayList<>(3);
        update.add(Updates.max("billing.units", units));
        if (seenAt != null) {
            update.add(Updates.max("billing.seenAt", Date.from(seenAt)));
        }
        if (lookAt != null) {
            update.add(Updates.set(BILLING_DUE, DueKeys.of(lookAt, id)));
        }
        return Updates.combine(update);
    }

    /** {@link #recordUnits} for many sessions in one unordered write. */
    public void recordUnitsAll(Collection<UnitsBilled> records) {
        if (records.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(records.size());
        for (UnitsBilled r : records) {
            writes.add(new UpdateOneModel<>(eq("_id", r.sessionId()), unitsBilled(r.sessionId(), r.units(), r.seenAt(), r.lookAt())));
        }
        sessions().bulkWrite(writes, new com.mongodb.client.model.BulkWriteOptions().ordered(false));
    }

    /** Both participants of these sessions were seen connected at {@code at}; each maps to its next billing look. */
    public void recordSeen(java.util.Map<String, Instant> lookAt, Instant at) {
        List<WriteModel<Document>> writes = new ArrayList<>(lookAt.size());
        lookAt.forEach((id, look) -> writes.add(new UpdateOneModel<>(eq("_id", id),
                Updates.combine(Updates.max("billing.seenAt", Date.from(at)), Updates.set(BILLING_DUE, DueKeys.of(look, id))))));
        bulk(writes);
    }

    /**
     * When the billing sweep is to look at these ACTIVE sessions next (by stateKey: a session that ended
     * meanwhile is left alone).
     */
    public void scheduleBilling(java.util.Map<String, Instant> lookAt) {
        List<WriteModel<Document>> writes = new ArrayList<>(lookAt.size());
        lookAt.forEach((id, look) -> writes.add(new UpdateOneModel<>(eq("stateKey", stateKey(id, SessionState.ACTIVE)),
                Updates.set(BILLING_DUE, DueKeys.of(look, id)))));
        bulk(writes);
    }

    /** Takes these sessions (ENDED ones a racing write scheduled again) off the billing sweep's list. */
    public void unscheduleBilling(Collection<String> ids) {
        List<WriteModel<Document>> writes = new ArrayList<>(ids.size());
        ids.forEach(id -> writes.add(new UpdateOneModel<>(eq("_id", id), Updates.unset(BILLING_DUE))));
        bulk(writes);
    }

    /**
     * The ACTIVE sessions the billing sweep is to look at by {@code now}: one range of the unique
     * {@code billingDue} index, not a scan of every session ever held. (An ENDED one may come along when
     * a racing write scheduled it after its end; the caller takes it off.)
     */
    public List<Session> billingDue(Instant now) {
        return sessions().find(lt(BILLING_DUE, DueKeys.dueBy(now))).map(SessionStore::toSession).into(new ArrayList<>());
    }

    private void bulk(List<WriteModel<Document>> writes) {
        if (!writes.isEmpty()) {
            sessions().bulkWrite(writes, new com.mongodb.client.model.BulkWriteOptions().ordered(false));
        }
    }

    /** {@code balance.low} went out for unit {@code unit}. */
    public void recordLowWarned(String id, long unit) {
        sessions().updateOne(eq("_id", id), Updates.max("billing.lowWarnedUnit", unit));
    }

    /** Stores what an ended session came to (recomputed identically by a repeat, so unconditional). */
    public void settle(String id, Settlement s) {
        sessions().updateOne(eq("_id", id), Updates.combine(Updates.set("settlement", new Document("durationSeconds", s.durationSeconds())
                .append("unitsBilled", s.unitsBilled()).append("freeUnits", s.freeUnits()).append("paidUnits", s.paidUnits())
                .append("total", s.total()).append("expertEarning", s.expertEarning()).append("commission", s.commission())
                .append("currency", s.currency()).append("settledAt", Date.from(s.settledAt()))), Updates.unset(SETTLE_DUE)));
    }

    /** An expert's settled sessions, latest end first (earnings page). */
    public List<Session> settledOfExpert(String expertId, String currency, int page, int size) {
        return sessions().find(settledFilter(expertId, currency)).sort(Sorts.descending("endedAt")).skip(page * size)
                .limit(size).map(SessionStore::toSession).into(new ArrayList<>());
    }

    public long countSettledOfExpert(String expertId, String currency) {
        return sessions().countDocuments(settledFilter(expertId, currency));
    }

    private static Bson settledFilter(String expertId, String currency) {
        return and(eq("expertId", expertId), eq("settlement.currency", currency));
    }

    /** An ended session with nothing to settle (it ran before sessions had a tariff) leaves the settlement list. */
    public void nothingToSettle(String id) {
        sessions().updateOne(eq("_id", id), Updates.unset(SETTLE_DUE));
    }

    /**
     * ENDED sessions that ran (have a tariff) but have no settlement yet, ended by {@code now}: an end the
     * server did not finish (one range of the {@code settleDue} index).
     */
    public List<Session> unsettled(Instant now, int limit) {
        return sessions().find(lt(SETTLE_DUE, DueKeys.dueBy(now))).limit(limit).map(SessionStore::toSession)
                .into(new ArrayList<>());
    }

    /** REQUESTED → DECLINED (expert), CANCELLED (client) or EXPIRED (the caller checked the deadline). */
    public Optional<Session> closeRequest(String id, SessionState to, Instant now) {
        return transition(id, SessionState.REQUESTED, to, Updates.combine(Updates.set("endedAt", Date.from(now)),
                Updates.unset("clientOpen"), Updates.unset(EXPIRES_DUE)));
    }

    /** ACTIVE → ENDED with its reason; frees both participants. */
    public Optional<Session> end(String id, EndReason reason, Instant now) {
        return transition(id, SessionState.ACTIVE, SessionState.ENDED, Updates.combine(Updates.set("endedAt", Date.from(now)),
                Updates.set("endReason", reason.name()), Updates.unset("clientOpen"), Updates.unset("expertBusy"),
                Updates.unset(BILLING_DUE), Updates.unset(AWAY_DUE), Updates.set(SETTLE_DUE, DueKeys.of(now, id))));
    }

    /** One conditional update: matches only while the session is in {@code from}. */
    private Optional<Session> transition(String id, SessionState from, SessionState to, Bson changes) {
        Bson update = Updates.combine(Updates.set("state", to.name()), Updates.set("stateKey", stateKey(id, to)), changes);
        try {
            return Optional.ofNullable(sessions().findOneAndUpdate(eq("stateKey", stateKey(id, from)), update,
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
            writes.add(new UpdateOneModel<>(eq("stateKey", stateKey(id, SessionState.REQUESTED)),
                    Updates.set(EXPIRES_DUE, DueKeys.of(d.getDate("expiresAt").toInstant(), id))));
        }
        bulk(writes);
        return writes.size();
    }

    /**
     * Gives ENDED sessions that ran but have no settlement, and no {@code settleDue} key (a build before
     * it ended them), their key (a scan of the collection: for start-up only); answers how many.
     */
    public int keyOlderUnsettled() {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Document d : sessions().find(and(eq("state", SessionState.ENDED.name()), Filters.exists("tariff"),
                Filters.exists("settlement", false), Filters.exists(SETTLE_DUE, false)))) {
            String id = d.getString("_id");
            writes.add(new UpdateOneModel<>(eq("_id", id), Updates.set(SETTLE_DUE, DueKeys.of(d.getDate("endedAt").toInstant(), id))));
        }
        bulk(writes);
        return writes.size();
    }

    /** Every ACTIVE session: a scan of the collection on the embedded store, for start-up work only. */
    public List<Session> active() {
        return sessions().find(eq("state", SessionState.ACTIVE.name())).map(SessionStore::toSession).into(new ArrayList<>());
    }

    /** The expert's ACTIVE session, if any. */
    public Optional<Session> activeOfExpert(String expertId) {
        return Optional.ofNullable(sessions().find(eq("expertBusy", expertId)).first()).map(SessionStore::toSession);
    }

    /** The user's ACTIVE session(s), as client or expert (index lookups on the two "open" fields). */
    public List<Session> activeOf(String userId) {
        List<Session> found = new ArrayList<>();
        sessions().find(eq("expertBusy", userId)).map(SessionStore::toSession).into(found);
        sessions().find(eq("clientOpen", userId)).map(SessionStore::toSession).into(found);
        return found.stream().filter(s -> s.state() == SessionState.ACTIVE).toList();
    }

    /**
     * ACTIVE sessions whose {@code awayDue} is at {@code cutoff} or earlier (one index range): those where a
     * participant may have been away since then. The caller checks the away marks themselves and
     * {@link #moveAwayDue moves the key on} where they are later.
     */
    public List<AwayDue> awayDueBy(Instant cutoff) {
        return sessions().find(lt(AWAY_DUE, DueKeys.dueBy(cutoff)))
                .map(d -> new AwayDue(toSession(d), d.getString(AWAY_DUE))).into(new ArrayList<>());
    }

    /** A session with its {@code awayDue} key as read. */
    public record AwayDue(Session session, String key) {
    }

    /**
     * Moves a session's {@code awayDue} on from the key it had when read (a compare-and-set: a racing away
     * mark that lowered the key wins) to {@code at}; null takes it off (only for a session no longer ACTIVE).
     */
    public void moveAwayDue(AwayDue read, Instant at) {
        sessions().updateOne(eq(AWAY_DUE, read.key()), at == null ? Updates.unset(AWAY_DUE)
                : Updates.set(AWAY_DUE, DueKeys.of(at, read.session().id())));
    }

    /**
     * Records that these participants have had no connection since {@code since} (an earlier mark
     * stays); writes happen only when connectivity changes, never periodically.
     */
    public void markAway(Collection<Participant> participants, Instant since) {
        bulk(participants, p -> away(p, since));
    }

    /** Like {@link #markAway(Collection, Instant)}, each participant with its own time. */
    public void markAway(java.util.Map<Participant, Instant> since) {
        bulk(since.keySet(), p -> away(p, since.get(p)));
    }

    /** The participant's away mark and the session's {@code awayDue}, each kept at its earliest. */
    private static Bson away(Participant p, Instant since) {
        return Updates.combine(Updates.min(awayField(p), Date.from(since)),
                Updates.min(AWAY_DUE, DueKeys.of(since, p.sessionId())));
    }

    /**
     * These participants of ACTIVE sessions are connected again; billing looks at their sessions at
     * {@code now} (the "both seen" refresh, paused while someone was away, may be due).
     */
    public void markBack(Collection<Participant> participants, Instant now) {
        List<WriteModel<Document>> writes = new ArrayList<>(participants.size());
        for (Participant p : participants) {
            writes.add(new UpdateOneModel<>(eq("stateKey", stateKey(p.sessionId(), SessionState.ACTIVE)),
                    Updates.combine(Updates.unset(awayField(p)), Updates.set(BILLING_DUE, DueKeys.of(now, p.sessionId())))));
        }
        bulk(writes);
    }

    private void bulk(Collection<Participant> participants, java.util.function.Function<Participant, Bson> update) {
        List<WriteModel<Document>> writes = new ArrayList<>(participants.size());
        for (Participant p : participants) {
            // only while ACTIVE (one index lookup): a mark on a session that just ended would mean nothing
            writes.add(new UpdateOneModel<>(eq("stateKey", stateKey(p.sessionId(), SessionState.ACTIVE)), update.apply(p)));
        }
        bulk(writes);
    }

    private static String awayField(Participant p) {
        return "away." + (p.client() ? "client" : "expert");
    }

    /** One participant of one session. */
    public record Participant(String sessionId, boolean client) {
    }

    /** Moves a participant's read mark forward (never back). */
    public void markRead(String id, boolean client, long seq) {
        sessions().updateOne(eq("_id", id), Updates.max("readSeq." + (client ? "client" : "expert"), seq));
    }

    private static RuntimeException duplicateOr(MongoWriteException e) {
        return e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY ? new AlreadyOpenException(e) : e;
    }

    static Session toSession(Document d) {
        Document read = d.get("readSeq", Document.class);
        Document away = d.get("away", Document.class);
        Document billing = d.get("billing", Document.class);
        String reason = d.getString("endReason");
        return new Session(d.getString("_id"), d.getString("clientId"), d.getString("clientName"), d.getString("expertId"),
                d.getString("expertName"), d.getString("expertAvatarVersion"), Channel.valueOf(d.getString("channel")),
                SessionState.valueOf(d.getString("state")), instant(d, "requestedAt"), instant(d, "expiresAt"),
                instant(d, "startedAt"), instant(d, "endedAt"), reason == null ? null : EndReason.valueOf(reason),
                read == null ? 0 : number(read.get("client")),
                read == null ? 0 : number(read.get("expert")), away == null ? null : instant(away, "client"),
                away == null ? null : instant(away, "expert"), tariff(d.get("tariff", Document.class)),
                billing == null ? 0 : number(billing.get("units")), billing == null ? null : instant(billing, "seenAt"),
                billing == null ? 0 : number(billing.get("lowWarnedUnit")), settlement(d.get("settlement", Document.class)));
    }

    private static Tariff tariff(Document t) {
        return t == null ? null : new Tariff(number(t.get("rate")), t.getString("currency"), (int) number(t.get("freeUnits")),
                (int) number(t.get("commissionBasisPoints")), (int) number(t.get("unitSeconds")));
    }

    private static Settlement settlement(Document s) {
        return s == null ? null : new Settlement(number(s.get("durationSeconds")), number(s.get("unitsBilled")),
                number(s.get("freeUnits")), number(s.get("paidUnits")), number(s.get("total")),
                number(s.get("expertEarning")), number(s.get("commission")), s.getString("currency"), instant(s, "settledAt"));
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
