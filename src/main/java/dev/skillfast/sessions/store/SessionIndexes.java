package dev.skillfast.sessions.store;

import jakarta.enterprise.context.ApplicationScoped;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import org.bson.Document;

import dev.skillfast.platform.mongo.MongoIndexes;

/**
 * "At most one open session per client" and "at most one active session per expert" are unique sparse
 * indexes on fields that exist only while the rule applies (partial indexes are not an option: the
 * embedded store ignores their filter). {@code stateKey} makes each conditional transition one index
 * lookup (see {@link SessionStore}). Four more hold {@link dev.skillfast.platform.mongo.DueKeys} keys, each only
 * while it applies, so that each timer reads what is due by now as one index range rather than every
 * session ever held: {@code billingDue} (billing sweep), {@code expiresDue} (requests to expire),
 * {@code awayDue} (sessions a participant left), {@code settleDue} (ends whose settlement is missing).
 * The others serve the lists on a real MongoDB.
 */
@ApplicationScoped
public class SessionIndexes implements MongoIndexes {

    @Override
    public void ensureIndexes(MongoDatabase database) {
        MongoCollection<Document> sessions = database.getCollection(SessionStore.COLLECTION);
        sessions.createIndex(Indexes.ascending("stateKey"), new IndexOptions().unique(true).sparse(true));
        sessions.createIndex(Indexes.ascending("clientOpen"), new IndexOptions().unique(true).sparse(true));
        sessions.createIndex(Indexes.ascending("expertBusy"), new IndexOptions().unique(true).sparse(true));
        sessions.createIndex(Indexes.ascending(SessionStore.BILLING_DUE), new IndexOptions().unique(true).sparse(true));
        sessions.createIndex(Indexes.ascending(SessionStore.EXPIRES_DUE), new IndexOptions().unique(true).sparse(true));
        sessions.createIndex(Indexes.ascending(SessionStore.AWAY_DUE), new IndexOptions().unique(true).sparse(true));
        sessions.createIndex(Indexes.ascending(SessionStore.SETTLE_DUE), new IndexOptions().unique(true).sparse(true));
        sessions.createIndex(Indexes.ascending("clientId", "requestedAt"));
        sessions.createIndex(Indexes.ascending("expertId", "requestedAt"));
    }
}
