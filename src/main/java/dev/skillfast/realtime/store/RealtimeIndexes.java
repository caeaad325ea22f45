package dev.skillfast.realtime.store;

import jakarta.enterprise.context.ApplicationScoped;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import dev.skillfast.platform.mongo.MongoIndexes;

/**
 * Chat history reads by session and sequence number inside the batch documents (a multikey index on a
 * real MongoDB; the embedded store scans); expired tickets are deleted by time.
 */
@ApplicationScoped
public class RealtimeIndexes implements MongoIndexes {

    @Override
    public void ensureIndexes(MongoDatabase database) {
        database.getCollection(MessageStore.COLLECTION).createIndex(Indexes.ascending("items.sessionId", "items.seq"),
                new IndexOptions().name("history"));
        database.getCollection(TicketStore.COLLECTION).createIndex(Indexes.ascending("expiresAt"));
    }
}
