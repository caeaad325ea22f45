package dev.skillfast.desk.store;

import jakarta.enterprise.context.ApplicationScoped;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import dev.skillfast.platform.mongo.MongoIndexes;

/** One waiting request per client; queues read by state, category and arrival. */
@ApplicationScoped
public class DeskIndexes implements MongoIndexes {

    @Override
    public void ensureIndexes(MongoDatabase database) {
        database.getCollection(DeskRequestStore.COLLECTION).createIndex(Indexes.ascending("waitingClient"),
                new IndexOptions().unique(true).sparse(true).name("one_waiting_per_client"));
        database.getCollection(DeskRequestStore.COLLECTION).createIndex(Indexes.ascending("state", "category", "createdAt"));
    }
}
