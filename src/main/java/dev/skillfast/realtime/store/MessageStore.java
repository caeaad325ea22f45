package dev.skillfast.realtime.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Sorts;

import dev.skillfast.realtime.domain.ChatMessage;

/**
 * The {@code messages} collection. Chat messages are written in batches, and a batch is stored as one
 * document holding its messages ({@code items}: sessionId, seq, senderId, text, sentAt), indexed by
 * {@code items.sessionId, items.seq}. One document per batch instead of one per message is what lets the
 * embedded store keep up, its cost being per document written (see {@code platform.mongo.embedded}): a
 * batch of hundreds of messages costs one insert. A session's history is read by unwinding the batches
 * that hold its messages.
 */
@ApplicationScoped
public class MessageStore {

    static final String COLLECTION = "messages";
    /** Keeps each batch document far below MongoDB's 16 MB limit whatever the texts (4,000 characters each at most). */
    static final int MAX_TEXT_CHARS_PER_DOCUMENT = 1_000_000;

    @Inject
    MongoDatabase database;

    public MessageStore() {
    }

    public MessageStore(MongoDatabase database) {
        this.database = database;
    }

    private MongoCollection<Document> messages() {
        return database.getCollection(COLLECTION);
    }

    /** Stores a batch of numbered messages, in as few documents as the size limit allows, in one round trip. */
    public void insertBatch(List<ChatMessage> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Document> documents = new ArrayList<>();
        List<Document> items = new ArrayList<>();
        Set<String> sessions = new LinkedHashSet<>();
        int chars = 0;
        Date writtenAt = Date.from(batch.get(0).sentAt());
        for (ChatMessage m : batch) {
            if (!items.isEmpty() && chars + m.text().length() > MAX_TEXT_CHARS_PER_DOCUMENT) {
                documents.add(batchDocument(sessions, items, writtenAt));
                items = new ArrayList<>();
                sessions = new LinkedHashSet<>();
                chars = 0;
            }
            items.add(new Document("sessionId", m.sessionId()).append("seq", m.seq()).append("senderId", m.senderId())
                    .append("text", m.text()).append("sentAt", Date.from(m.sentAt())));
            sessions.add(m.sessionId());
            chars += m.text().length();
        }
        documents.add(batchDocument(sessions, items, writtenAt));
        messages().insertMany(documents);
    }

    private static Document batchDocument(Set<String> sessions, List<Document> items, Date writtenAt) {
        return new Document("sessions", List.copyOf(sessions)).append("items", items).append("writtenAt", writtenAt);
    }

    /** Messages of a session after a sequence number, oldest first. */
    public List<ChatMessage> after(String sessionId, long afterSeq, int limit) {
        Bson mine = and(eq("items.sessionId", sessionId), gt("items.seq", afterSeq));
        return messages().aggregate(List.of(
                        Aggregates.match(elemMatch("items", and(eq("sessionId", sessionId), gt("seq", afterSeq)))),
                        Aggregates.unwind("$items"),
                        Aggregates.match(mine),
                        Aggregates.sort(Sorts.ascending("items.seq")),
                        Aggregates.limit(limit)))
                .map(d -> toMessage(d.get("items", Document.class))).into(new ArrayList<>());
    }

    /** The highest stored sequence number of a session, 0 without messages. */
    public long lastSeq(String sessionId) {
        Document last = messages().aggregate(List.of(
                Aggregates.match(eq("items.sessionId", sessionId)),
                Aggregates.unwind("$items"),
                Aggregates.match(eq("items.sessionId", sessionId)),
                Aggregates.group(null, Accumulators.max("last", "$items.seq")))).first();
        return last == null || last.get("last") == null ? 0 : ((Number) last.get("last")).longValue();
    }

    private static ChatMessage toMessage(Document d) {
        return new ChatMessage(d.getString("sessionId"), ((Number) d.get("seq")).longValue(), d.getString("senderId"),
                d.getString("text"), d.getDate("sentAt").toInstant());
    }
}
