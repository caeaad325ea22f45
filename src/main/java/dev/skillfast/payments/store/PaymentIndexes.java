package dev.skillfast.payments.store;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import dev.skillfast.platform.mongo.MongoIndexes;

/**
 * Unique keys carry the exactly-once rules (request keys, provider payment and refund ids, due keys);
 * the others serve list pages on a real MongoDB (the embedded store scans).
 */
@ApplicationScoped
public class PaymentIndexes implements MongoIndexes {

    @Override
    public void ensureIndexes(MongoDatabase database) {
        IndexOptions uniqueSparse = new IndexOptions().unique(true).sparse(true);
        MongoCollection<Document> topups = database.getCollection(TopupStore.COLLECTION);
        topups.createIndex(Indexes.ascending("requestKey"), uniqueSparse);
        topups.createIndex(Indexes.ascending("paymentKey"), uniqueSparse);
        topups.createIndex(Indexes.ascending(TopupStore.DUE), uniqueSparse);
        topups.createIndex(Indexes.ascending(TopupStore.STATE_KEY), new IndexOptions().unique(true));
        topups.createIndex(Indexes.ascending("userId", "createdAt"));
        topups.createIndex(Indexes.ascending("status", "createdAt"));
        MongoCollection<Document> refunds = database.getCollection(RefundStore.COLLECTION);
        refunds.createIndex(Indexes.ascending("providerKey"), uniqueSparse);
        refunds.createIndex(Indexes.ascending(RefundStore.DUE), uniqueSparse);
        refunds.createIndex(Indexes.ascending("topupId"));
        MongoCollection<Document> payouts = database.getCollection(PayoutStore.COLLECTION);
        payouts.createIndex(Indexes.ascending(PayoutStore.DUE), uniqueSparse);
        payouts.createIndex(Indexes.ascending("expertId", "createdAt"));
        payouts.createIndex(Indexes.ascending("status", "createdAt"));
        database.getCollection(PayoutAccountStore.COLLECTION).createIndex(Indexes.ascending("stripeAccountId"), uniqueSparse);
        database.getCollection(PaymentEventStore.COLLECTION).createIndex(Indexes.ascending("topupId"));
    }
}
