package dev.skillfast.accounts.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lte;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;

/**
 * The {@code password_resets} collection: one document per reset link, keyed by the SHA-256 of its token
 * (the token itself is never stored), with its account, expiry and the moment it was used.
 */
@ApplicationScoped
public class PasswordResetStore {

    static final String COLLECTION = "password_resets";

    @Inject
    MongoDatabase database;

    public PasswordResetStore() {
    }

    /** For tests outside the container. */
    public PasswordResetStore(MongoDatabase database) {
        this.database = database;
    }

    private MongoCollection<Document> resets() {
        return database.getCollection(COLLECTION);
    }

    public void insert(String tokenHash, String userId, Instant createdAt, Instant expiresAt) {
        resets().insertOne(new Document("_id", tokenHash).append("userId", userId)
                .append("createdAt", Date.from(createdAt)).append("expiresAt", Date.from(expiresAt)));
    }

    /**
     * Uses the link once: answers its account when it exists, is unused and has not expired, and marks it
     * used in the same atomic update, so two confirmations of one link cannot both succeed.
     */
    public Optional<String> consume(String tokenHash, Instant now) {
        Document used = resets().findOneAndUpdate(
                and(eq("_id", tokenHash), exists("usedAt", false), gt("expiresAt", Date.from(now))),
                Updates.set("usedAt", Date.from(now)));
        return Optional.ofNullable(used).map(d -> d.getString("userId"));
    }

    /** Removes links that expired before {@code before}; answers how many. */
    public long deleteExpired(Instant before) {
        return resets().deleteMany(lte("expiresAt", Date.from(before))).getDeletedCount();
    }
}
