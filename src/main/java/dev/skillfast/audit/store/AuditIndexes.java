package dev.skillfast.audit.store;

import jakarta.enterprise.context.ApplicationScoped;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;

import org.bson.Document;

import dev.skillfast.platform.mongo.MongoIndexes;

/** The audit log's filters on a real MongoDB: by actor, action and target, each newest first. */
@ApplicationScoped
public class AuditIndexes implements MongoIndexes {

    @Override
    public void ensureIndexes(MongoDatabase database) {
        MongoCollection<Document> records = database.getCollection(AuditStore.COLLECTION);
        records.createIndex(Indexes.compoundIndex(Indexes.ascending("actorId"), Indexes.descending("_id")));
        records.createIndex(Indexes.compoundIndex(Indexes.ascending("actorName"), Indexes.descending("_id")));
        records.createIndex(Indexes.compoundIndex(Indexes.ascending("action"), Indexes.descending("_id")));
        records.createIndex(Indexes.compoundIndex(Indexes.ascending("targetId"), Indexes.descending("_id")));
        records.createIndex(Indexes.descending("at"));
    }
}
