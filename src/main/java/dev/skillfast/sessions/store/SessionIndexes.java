package dev.skillfast.sessions.store;

import jakarta.enterprise.context.ApplicationScoped;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import org.bson.Document;

import dev.skillfast.platform.mongo.MongoIndexes;

/**
 * The lifecycle's indexes on {@code sessions} (billing declares its own on the same collection).
 * "At most one open session per client" and "at most one active session per expert" are unique sparse
 * indexes on fields that exist only while the rule applies; {@code stateKey} makes each conditional
 * transition one index lookup (see {@link SessionStore}); {@code expiresDue} and {@code awayDue} hold due
 * keys so that the session sweep reads what is due as one index range. The others serve the lists on a
 * real MongoDB.
 */
@ApplicationScoped
public class SessionIndexes implements MongoIndexes {

    @Override
    public void ensureIndexes(MongoDatabase database) {
        MongoCollection<Document> sessions = database.getCollection(SessionDocuments.COLLECTION);
        IndexOptions uniqueSparse = new IndexOptions().unique(true).sparse(true);
        sessions.createIndex(Indexes.ascending(SessionDocuments.STATE_KEY), uniqueSparse);
        sessions.createIndex(Indexes.ascending(SessionDocuments.CLIENT_OPEN), uniqueSparse);
        sessions.createIndex(Indexes.ascending(SessionDocuments.EXPERT_BUSY), uniqueSparse);
        sessions.createIndex(Indexes.ascending(SessionDocuments.EXPIRES_DUE), uniqueSparse);
        sessions.createIndex(Indexes.ascending(SessionDocuments.AWAY_DUE), uniqueSparse);
        sessions.createIndex(Indexes.ascending("clientId", "requestedAt"));
        sessions.createIndex(Indexes.ascending("expertId", "requestedAt"));
        sessions.createIndex(Indexes.descending("requestedAt")); // the administrators' list (SessionSearch)
    }
}
