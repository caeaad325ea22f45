package dev.skillfast.sessions.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static dev.skillfast.sessions.store.SessionDocuments.AWAY_DUE;
import static dev.skillfast.sessions.store.SessionDocuments.STATE_KEY;
import static dev.skillfast.sessions.store.SessionDocuments.stateKey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import dev.skillfast.platform.mongo.DueKeys;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionState;

/**
 * The participants' marks on a session: "away since" while an ACTIVE session's participant has no live
 * connection (with the session's {@code awayDue} key for the sweep that ends abandoned sessions), and how
 * far each has read the chat. Marks are written only when connectivity changes, never periodically, and
 * only while the session is ACTIVE (by {@code stateKey}: a mark on a session that just ended would mean
 * nothing).
 */
@ApplicationScoped
public class SessionMarkStore {

    /** One participant of one session. */
    public record Participant(String sessionId, boolean client) {
    }

    /** A session with its {@code awayDue} key as read. */
    public record AwayDue(Session session, String key) {
    }

    @Inject
    MongoDatabase database;

    public SessionMarkStore() {
    }

    public SessionMarkStore(MongoDatabase database) {
        this.database = database;
    }

    private MongoCollection<Document> sessions() {
        return database.getCollection(SessionDocuments.COLLECTION);
    }

    /**
     * Records that these participants have had no connection since {@code since} (an earlier mark stays).
     */
    public void markAway(Collection<Participant> participants, Instant since) {
        whileActive(participants, p -> away(p, since));
    }

    /** Like {@link #markAway(Collection, Instant)}, each participant with its own time. */
    public void markAway(Map<Participant, Instant> since) {
        whileActive(since.keySet(), p -> away(p, since.get(p)));
    }

    /** The participant's away mark and the session's {@code awayDue}, each kept at its earliest. */
    private static Bson away(Participant p, Instant since) {
        return Updates.combine(Updates.min(SessionDocuments.awayField(p.client()), Date.from(since)),
                Updates.min(AWAY_DUE, DueKeys.of(since, p.sessionId())));
    }

    /** These participants of ACTIVE sessions are connected again. */
    public void markBack(Collection<Participant> participants) {
        whileActive(participants, p -> Updates.unset(SessionDocuments.awayField(p.client())));
    }

    /**
     * ACTIVE sessions whose {@code awayDue} is at {@code cutoff} or earlier (one index range): those where a
     * participant may have been away since then. The caller checks the away marks themselves and
     * {@link #moveAwayDue moves the key on} where they are later.
     */
    public List<AwayDue> awayDueBy(Instant cutoff) {
        return sessions().find(lt(AWAY_DUE, DueKeys.dueBy(cutoff)))
                .map(d -> new AwayDue(SessionDocuments.toSession(d), d.getString(AWAY_DUE))).into(new ArrayList<>());
    }

    /**
     * Moves a session's {@code awayDue} on from the key it had when read (a compare-and-set: a racing away
     * mark that lowered the key wins) to {@code at}; null takes it off (only for a session no longer ACTIVE).
     */
    public void moveAwayDue(AwayDue read, Instant at) {
        sessions().updateOne(eq(AWAY_DUE, read.key()), at == null ? Updates.unset(AWAY_DUE)
                : Updates.set(AWAY_DUE, DueKeys.of(at, read.session().id())));
    }

    /** Moves a participant's read mark forward (never back). */
    public void markRead(String id, boolean client, long seq) {
        sessions().updateOne(eq("_id", id), Updates.max(SessionDocuments.readField(client), seq));
    }

    private void whileActive(Collection<Participant> participants, Function<Participant, Bson> update) {
        List<WriteModel<Document>> writes = new ArrayList<>(participants.size());
        for (Participant p : participants) {
            writes.add(new UpdateOneModel<>(eq(STATE_KEY, stateKey(p.sessionId(), SessionState.ACTIVE)), update.apply(p)));
        }
        if (!writes.isEmpty()) {
            sessions().bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }
}
