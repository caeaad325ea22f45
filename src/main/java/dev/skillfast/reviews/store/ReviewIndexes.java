package dev.skillfast.reviews.store;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import dev.skillfast.platform.mongo.MongoIndexes;

/** One review per session ({@code sessionId} unique); {@code rev} makes every change a compare-and-set. */
@ApplicationScoped
public class ReviewIndexes implements MongoIndexes {

    @Override
    public void ensureIndexes(MongoDatabase database) {
        MongoCollection<Document> reviews = database.getCollection(ReviewStore.COLLECTION);
        reviews.createIndex(Indexes.ascending("sessionId"), new IndexOptions().unique(true));
        reviews.createIndex(Indexes.ascending("rev"), new IndexOptions().unique(true));
        reviews.createIndex(Indexes.ascending("expertId", "hidden", "createdAt"));
    }
}
