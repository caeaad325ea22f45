package dev.skillfast.billing.store;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import dev.skillfast.platform.mongo.MongoIndexes;

/**
 * The journal's idempotency key and the accounts' revision are unique: they are what makes a repeated
 * charge a no-op and a balance move a compare-and-set. The journal's {@code pendingKey} (unique, sparse:
 * only PENDING entries have one) gives recovery its entries as one index range on either store. The
 * others serve wallet pages on a real MongoDB (the embedded store scans for them).
 */
@ApplicationScoped
public class BillingIndexes implements MongoIndexes {

    @Override
    public void ensureIndexes(MongoDatabase database) {
        MongoCollection<Document> journal = database.getCollection(JournalStore.COLLECTION);
        journal.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
        journal.createIndex(Indexes.ascending("accounts", "createdAt"));
        journal.createIndex(Indexes.ascending(JournalStore.PENDING_KEY), new IndexOptions().unique(true).sparse(true));
        new JournalStore(database).keyOlderPendingEntries();
        MongoCollection<Document> accounts = database.getCollection(AccountStore.COLLECTION);
        accounts.createIndex(Indexes.ascending("rev"), new IndexOptions().unique(true));
        accounts.createIndex(Indexes.ascending("ownerId", "kind"));
    }
}
