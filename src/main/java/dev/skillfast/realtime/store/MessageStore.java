package dev.skillfast.realtime.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

import dev.skillfast.realtime.domain.ChatMessage;

/**
 * The {@code messages} collection: chat messages, unique by (sessionId, seq). Written in batches
 * (insertMany, unordered): one round trip for many messages is what lets the embedded store keep up.
 */
@ApplicationScoped
public class MessageStore {

    static final String COLLECTION = "messages";

    @Inject
    MongoDatabase database;

    private MongoCollection<Document> messages() {
        return database.getCollection(COLLECTION);
    }

    /**
     * Stores a batch; answers the positions (indexes into {@code batch}) that were not stored because
     * their (sessionId, seq) was taken, e.g. by another server. Any other failure throws.
     */
    public Set<Integer> insertBatch(List<ChatMessage> batch) {
        if (batch.isEmpty()) {
            return Set.of();
        }
        List<Document> docs = new ArrayList<>(batch.size());
        for (ChatMessage m : batch) {
            docs.add(new Document("sessionId", m.sessionId()).append("seq", m.seq()).append("senderId", m.senderId())
                    .append("text", m.text()).append("sentAt", Date.from(m.sentAt())));
        }
        try {
            messages().insertMany(docs, new InsertManyOptions().ordered(false));
            return Set.of();
        } catch (MongoBulkWriteException e) {
            Set<Integer> taken = new HashSet<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                taken.add(error.getIndex());
            }
            return taken;
        }
    }

    /** Messages of a session after a sequence number, oldest first. */
    public List<ChatMessage> after(String sessionId, long afterSeq, int limit) {
        return messages().find(and(eq("sessionId", sessionId), gt("seq", afterSeq))).sort(Sorts.ascending("seq"))
                .limit(limit).map(MessageStore::toMessage).into(new ArrayList<>());
    }

    /** The highest stored sequence number of a session, 0 without messages. */
    public long lastSeq(String sessionId) {
        Document last = messages().find(eq("sessionId", sessionId)).sort(Sorts.descending("seq"))
                .projection(Projections.include("seq")).limit(1).first();
        return last == null ? 0 : ((Number) last.get("seq")).longValue();
    }

    private static ChatMessage toMessage(Document d) {
        Instant sentAt = d.getDate("sentAt").toInstant();
        return new ChatMessage(d.getString("sessionId"), ((Number) d.get("seq")).longValue(), d.getString("senderId"),
                d.getString("text"), sentAt);
    }
}
