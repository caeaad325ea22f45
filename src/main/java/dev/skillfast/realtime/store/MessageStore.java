package dev.skillfast.realtime.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.or;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;

import dev.skillfast.realtime.domain.ChatMessage;

/**
 * The {@code messages} collection: chat messages written in batches, a batch stored as one document
 * (MongoDB's bucket pattern) of three fields:
 * <ul>
 *   <li>{@code messages}: the batch's messages (sessionId, seq, senderId, text, sentAt), encoded together
 *       as one BSON document held as binary ({@link MessageBlock});</li>
 *   <li>{@code keys}: one "sessionId/seq" string per message ({@link MessageKeys}), indexed, which finds
 *       the batches holding a session's messages after a given number;</li>
 *   <li>{@code writtenAt}.</li>
 * </ul>
 * Why binary: every field of every message used to be encoded by the driver, decoded by the server,
 * measured and encoded again by the embedded store, and encoded once more when its file was written;
 * that was half of what a chat message cost the server. Encoded once as a block, the store only copies
 * bytes. History reads decode the blocks of the matching batches, oldest first, until the page is full.
 * Batches of the older layout ({@code items}: one sub-document per message) are still read.
 */
@ApplicationScoped
public class MessageStore {

    static final String COLLECTION = "messages";
    /** Keeps each batch document far below MongoDB's 16 MB limit whatever the texts (4,000 characters each at most). */
    static final int MAX_TEXT_CHARS_PER_DOCUMENT = 1_000_000;
    /** How many of a session's latest batches {@link #lastSeq} reads unless told to read all. */
    private static final int LATEST = 4;

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
        Date writtenAt = Date.from(batch.get(0).sentAt());
        int from = 0;
        int chars = 0;
        for (int i = 0; i < batch.size(); i++) {
            int length = batch.get(i).text().length();
            if (i > from && chars + length > MAX_TEXT_CHARS_PER_DOCUMENT) {
                documents.add(batchDocument(batch.subList(from, i), writtenAt));
                from = i;
                chars = 0;
            }
            chars += length;
        }
        documents.add(batchDocument(batch.subList(from, batch.size()), writtenAt));
        try {
            messages().insertMany(documents);
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(error -> error.getCategory() == ErrorCategory.DUPLICATE_KEY)) {
                // ordered: the documents before the first failed one are stored, none after it
                int firstFailed = e.getWriteErrors().stream().mapToInt(BulkWriteError::getIndex).min().orElse(0);
                int stored = documents.stream().limit(firstFailed)
                        .mapToInt(d -> d.getList("keys", String.class).size()).sum();
                throw new SeqTaken(stored, e);
            }
            throw e;
        }
    }

    private static Document batchDocument(List<ChatMessage> messages, Date writtenAt) {
        List<String> keys = new ArrayList<>(messages.size());
        for (ChatMessage m : messages) {
            keys.add(MessageKeys.of(m.sessionId(), m.seq()));
        }
        return new Document("keys", keys).append("messages", new Binary(MessageBlock.encode(messages)))
                .append("writtenAt", writtenAt);
    }

    /**
     * Messages of a session after a sequence number, oldest first. Batches are read in the order they
     * were written (by {@code _id}), which is the order of a session's numbers while one server numbers
     * it, and only until the page holds every number after {@code afterSeq} up to the page's size:
     * numbers have no gaps, so then no later batch can hold a lower one. (When the servers of a cluster
     * hand a session over, two of them may write it in the same second, and {@code _id}s made by two
     * servers in one second are not in time order.)
     */
    public List<ChatMessage> after(String sessionId, long afterSeq, int limit) {
        List<ChatMessage> page = new ArrayList<>();
        int firstNumbers = 0; // how many of afterSeq+1 .. afterSeq+limit the page holds
        Bson holdsLater = or(keysBetween(MessageKeys.after(sessionId, afterSeq), MessageKeys.end(sessionId)),
                elemMatch("items", and(eq("sessionId", sessionId), gt("seq", afterSeq))));
        for (Document batch : messages().find(holdsLater).sort(Sorts.ascending("_id")).batchSize(16)) {
            for (ChatMessage m : decode(batch)) {
                if (m.sessionId().equals(sessionId) && m.seq() > afterSeq) {
                    page.add(m);
                    firstNumbers += m.seq() <= afterSeq + limit ? 1 : 0;
                }
            }
            if (firstNumbers >= limit) {
                break;
            }
        }
        page.sort(Comparator.comparingLong(ChatMessage::seq));
        return page.size() > limit ? new ArrayList<>(page.subList(0, limit)) : page;
    }

    /**
     * The highest stored sequence number of a session, 0 without messages: the highest in its latest
     * few batches, or with {@code thorough}, in all of them (after a server found its number taken: a
     * batch another server wrote in the same second may sort before an older one, see {@link #after}).
     */
    public long lastSeq(String sessionId, boolean thorough) {
        Bson holdsAny = or(keysBetween(MessageKeys.start(sessionId), MessageKeys.end(sessionId)),
                eq("items.sessionId", sessionId));
        long last = 0;
        for (Document batch : messages().find(holdsAny).sort(Sorts.descending("_id")).limit(thorough ? 0 : LATEST)) {
            for (ChatMessage m : decode(batch)) {
                if (m.sessionId().equals(sessionId)) {
                    last = Math.max(last, m.seq());
                }
            }
        }
        return last;
    }

    /** A batch document that has a key in (lower, upper): range bounds on one and the same array element. */
    private static Bson keysBetween(String lower, String upper) {
        return new Document("keys", new Document("$elemMatch", new Document("$gt", lower).append("$lt", upper)));
    }

    private static List<ChatMessage> decode(Document batch) {
        Binary block = batch.get("messages", Binary.class);
        if (block != null) {
            return MessageBlock.decode(block.getData());
        }
        List<ChatMessage> items = new ArrayList<>();
        for (Document d : batch.getList("items", Document.class, List.of())) {
            items.add(new ChatMessage(d.getString("sessionId"), ((Number) d.get("seq")).longValue(),
                    d.getString("senderId"), d.getString("text"), d.getDate("sentAt").toInstant()));
        }
        return items;
    }
}
