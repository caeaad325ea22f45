package dev.skillfast.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;

import dev.skillfast.platform.mongo.MongoIndexes;

/** The outbox is read by state and due time. */
@ApplicationScoped
public class MailIndexes implements MongoIndexes {

    @Override
    public void ensureIndexes(MongoDatabase database) {
        database.getCollection(OutboxStore.COLLECTION).createIndex(Indexes.ascending("state", "nextAttemptAt"));
    }
}
