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
 * charge a no-op and a balance move a compare-and-set. The journal's {@code pendingKey} and the sessions'
 * {@code billingDue} (unique, sparse: they exist only while there is work) give recovery and the billing
 * sweep what is due as one index range on either store. The others serve wallet pages on a
 * real MongoDB (the embedded store scans for them).
 */
@ApplicationScoped
public class BillingIndexes implements MongoIndexes {

    @Override
    public void ensureIndexes(MongoDatabase database) {
        IndexOptions uniqueSparse = new IndexOptions().unique(true).sparse(true);
        MongoCollection<Document> journal = database.getCollection(JournalStore.COLLECTION);
        journal.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
        journal.createIndex(Indexes.ascending("accounts", "createdAt"));
        journal.createIndex(Indexes.ascending(JournalStore.PENDING_KEY), uniqueSparse);
        new JournalStore(database).keyOlderPendingEntries();
        MongoCollection<Document> accounts = database.getCollection(AccountDocuments.COLLECTION);
        accounts.createIndex(Indexes.ascending("rev"), new IndexOptions().unique(true));
        accounts.createIndex(Indexes.ascending("ownerId", "kind"));
        MongoCollection<Document> sessions = database.getCollection(SessionBillingStore.COLLECTION);
        sessions.createIndex(Indexes.ascending(SessionBillingStore.BILLING_DUE), uniqueSparse);
    }
}
