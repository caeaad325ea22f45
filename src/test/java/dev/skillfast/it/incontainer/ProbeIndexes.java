package dev.skillfast.it.incontainer;

import jakarta.enterprise.context.ApplicationScoped;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import dev.skillfast.platform.mongo.MongoIndexes;

/** A feature's index declaration as every feature writes one: picked up and run at start-up. */
@ApplicationScoped
public class ProbeIndexes implements MongoIndexes {

    static final String COLLECTION = "incontainer_probe";

    @Override
    public void ensureIndexes(MongoDatabase database) {
        database.getCollection(COLLECTION).createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
    }
}
