package dev.skillfast.realtime.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * The {@code ws_tickets} collection: one document per unused ticket, keyed by the ticket's SHA-256 (the
 * ticket itself is never stored). Taking a ticket deletes it, so it works once, on any server.
 */
@ApplicationScoped
public class TicketStore {

    static final String COLLECTION = "ws_tickets";

    /** Whose ticket it is. */
    public record Holder(String userId, String role) {
    }

    @Inject
    MongoDatabase database;

    private MongoCollection<Document> tickets() {
        return database.getCollection(COLLECTION);
    }

    public void insert(String hash, String userId, String role, Instant expiresAt) {
        tickets().insertOne(new Document("_id", hash).append("userId", userId).append("role", role)
                .append("expiresAt", Date.from(expiresAt)));
    }

    /** Deletes the ticket and answers its holder, if it existed and had not expired. */
    public Optional<Holder> take(String hash, Instant now) {
        // by _id alone (one index lookup on the embedded store); an expired ticket is used up all the same
        Document taken = tickets().findOneAndDelete(eq("_id", hash));
        return Optional.ofNullable(taken).filter(d -> d.getDate("expiresAt").toInstant().isAfter(now))
                .map(d -> new Holder(d.getString("userId"), d.getString("role")));
    }

    /** Expired tickets are deleted by a job: TTL indexes never fire on the embedded store. */
    public long deleteExpired(Instant now) {
        return tickets().deleteMany(lte("expiresAt", Date.from(now))).getDeletedCount();
    }
}
