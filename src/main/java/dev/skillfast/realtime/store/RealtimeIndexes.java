package dev.skillfast.realtime.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import dev.skillfast.platform.mongo.DatabaseMode;
import dev.skillfast.platform.mongo.MongoIndexes;
import dev.skillfast.platform.mongo.MongoProducer;

/**
 * Chat history reads by session and sequence number: an index on the batch documents' {@code keys}
 * (multikey), and on {@code items} for batches of the older layout; expired tickets are deleted by time.
 * On a real MongoDB, which several servers may share, the keys index is unique ({@value #UNIQUE_KEYS}): it
 * refuses a sequence number stored twice, which keeps numbers unique when the servers of a cluster hand a
 * session over. The embedded store belongs to one server, whose one chat writer numbers every session,
 * and there the index stays plain ({@value #PLAIN_KEYS}, which that store does not maintain): a unique one
 * would cost an index entry per message. Each kind replaces the other where it is found (MongoDB keeps one
 * index per key pattern).
 */
@ApplicationScoped
public class RealtimeIndexes implements MongoIndexes {

    static final String UNIQUE_KEYS = "history-seq";
    static final String PLAIN_KEYS = "history-keys";

    @Inject
    MongoProducer mongo;

    private Boolean shared;

    public RealtimeIndexes() {
    }

    /** Outside CDI (tests): {@code shared} as for a real MongoDB. */
    public RealtimeIndexes(boolean shared) {
        this.shared = shared;
    }

    @Override
    public void ensureIndexes(MongoDatabase database) {
        boolean unique = shared != null ? shared : mongo.connection().mode() != DatabaseMode.EMBEDDED;
        MongoCollection<Document> messages = database.getCollection(MessageStore.COLLECTION);
        String wanted = unique ? UNIQUE_KEYS : PLAIN_KEYS;
        String other = unique ? PLAIN_KEYS : UNIQUE_KEYS;
        for (Document index : messages.listIndexes()) {
            if (other.equals(index.getString("name"))) {
                messages.dropIndex(other);
            }
        }
        messages.createIndex(Indexes.ascending("keys"), new IndexOptions().name(wanted).unique(unique));
        messages.createIndex(Indexes.ascending("items.sessionId", "items.seq"), new IndexOptions().name("history"));
        database.getCollection(TicketStore.COLLECTION).createIndex(Indexes.ascending("expiresAt"));
    }
}
