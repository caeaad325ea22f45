package dev.skillfast.realtime.store;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import dev.skillfast.platform.mongo.MongoIndexes;

/**
 * Chat history reads by session and sequence number: the batch documents' {@code keys}, a unique
 * multikey index (on a real MongoDB it serves the reads; on both stores it refuses a sequence number
 * stored twice, which is what keeps numbers unique when servers of a cluster hand a session over; it
 * replaces the earlier non-unique {@code history-keys}), and {@code items} for batches of the older
 * layout; expired tickets are deleted by time.
 */
@ApplicationScoped
public class RealtimeIndexes implements MongoIndexes {

    private static final String OLDER_KEYS_INDEX = "history-keys";

    @Override
    public void ensureIndexes(MongoDatabase database) {
        MongoCollection<Document> messages = database.getCollection(MessageStore.COLLECTION);
        boolean older = false;
        for (Document index : messages.listIndexes()) {
            older |= OLDER_KEYS_INDEX.equals(index.getString("name"));
        }
        if (older) {
            messages.dropIndex(OLDER_KEYS_INDEX); // same keys, not unique: MongoDB keeps one index per key pattern
        }
        messages.createIndex(Indexes.ascending("keys"), new IndexOptions().name("history-seq").unique(true));
        database.getCollection(MessageStore.COLLECTION).createIndex(Indexes.ascending("items.sessionId", "items.seq"),
                new IndexOptions().name("history"));
        database.getCollection(TicketStore.COLLECTION).createIndex(Indexes.ascending("expiresAt"));
    }
}
