package dev.skillfast.experts.store;

import jakarta.enterprise.context.ApplicationScoped;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;

import dev.skillfast.platform.mongo.MongoIndexes;

/** The verification queue reads by status; search runs on the in-memory index, not on MongoDB. */
@ApplicationScoped
public class ExpertIndexes implements MongoIndexes {

    @Override
    public void ensureIndexes(MongoDatabase database) {
        database.getCollection(ExpertStore.COLLECTION).createIndex(Indexes.ascending("status", "updatedAt"));
        database.getCollection(ExpertStore.COLLECTION).createIndex(Indexes.ascending("status", "accountActive"));
    }
}
