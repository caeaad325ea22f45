package dev.skillfast.realtime.store;

import jakarta.enterprise.context.ApplicationScoped;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import dev.skillfast.platform.mongo.MongoIndexes;

/**
 * Chat history reads by session and sequence number: the batch documents' {@code keys} (a multikey
 * index on a real MongoDB; the embedded store scans), and {@code items} for batches of the older layout;
 * expired tickets are deleted by time.
 */
@ApplicationScoped
public class RealtimeIndexes implements MongoIndexes {

    @Override
    public void ensureIndexes(MongoDatabase database) {
        database.getCollection(MessageStore.COLLECTION).createIndex(Indexes.ascending("keys"),
                new IndexOptions().name("history-keys"));
        database.getCollection(MessageStore.COLLECTION).createIndex(Indexes.ascending("items.sessionId", "items.seq"),
                new IndexOptions().name("history"));
        database.getCollection(TicketStore.COLLECTION).createIndex(Indexes.ascending("expiresAt"));
    }
}
