package dev.skillfast.realtime.store;

import jakarta.enterprise.context.ApplicationScoped;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import dev.skillfast.platform.mongo.MongoIndexes;

/** Chat history reads by (sessionId, seq), which is also what makes a sequence number unique per session. */
@ApplicationScoped
public class RealtimeIndexes implements MongoIndexes {

    @Override
    public void ensureIndexes(MongoDatabase database) {
        database.getCollection(MessageStore.COLLECTION).createIndex(Indexes.ascending("sessionId", "seq"),
                new IndexOptions().unique(true));
        database.getCollection(TicketStore.COLLECTION).createIndex(Indexes.ascending("expiresAt"));
    }
}
