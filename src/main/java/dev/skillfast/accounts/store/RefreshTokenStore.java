package dev.skillfast.accounts.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * Refresh tokens (only their SHA-256 hashes) and their families. A family is one sign-in: each
 * refresh rotates its token inside the family; revoking the family ends the sign-in. Expiry is
 * checked in code and cleaned up by a job (the embedded store never expires TTL indexes).
 */
@ApplicationScoped
public class RefreshTokenStore {

    static final String TOKENS = "refresh_tokens";
    static final String FAMILIES = "refresh_families";

    @Inject
    MongoDatabase database;

    public RefreshTokenStore() {
    }

    /** For tests outside the container. */
    public RefreshTokenStore(MongoDatabase database) {
        this.database = database;
    }

    public record Token(String hash, String familyId, String userId, Instant idleExpiresAt, Instant rotatedAt) {
    }

    public record Family(String id, String userId, Instant absoluteExpiresAt, Instant revokedAt) {
    }

    private MongoCollection<Document> tokens() {
        return database.getCollection(TOKENS);
    }

    private MongoCollection<Document> families() {
        return database.getCollection(FAMILIES);
    }

    public void insertFamily(String familyId, String userId, Instant now, Instant absoluteExpiresAt) {
        families().insertOne(new Document("_id", familyId).append("userId", userId)
                .append("createdAt", Date.from(now)).append("absoluteExpiresAt", Date.from(absoluteExpiresAt)));
    }

    public void insertToken(String hash, String familyId, String userId, Instant now, Instant idleExpiresAt) {
        tokens().insertOne(new Document("_id", hash).append("familyId", familyId).append("userId", userId)
                .append("createdAt", Date.from(now)).append("idleExpiresAt", Date.from(idleExpiresAt)));
    }

    /**
     * Marks the token used, if nobody has used it yet; a single conditional update, so of two
     * concurrent uses exactly one wins. Answers the token as it was before.
     */
    public Optional<Token> claim(String hash, Instant now) {
        Document before = tokens().findOneAndUpdate(and(eq("_id", hash), eq("rotatedAt", null)),
                Updates.set("rotatedAt", Date.from(now)));
        return Optional.ofNullable(before).map(RefreshTokenStore::toToken);
    }

    public Optional<Token> find(String hash) {
        return Optional.ofNullable(tokens().find(eq("_id", hash)).first()).map(RefreshTokenStore::toToken);
    }

    public Optional<Family> findFamily(String familyId) {
        return Optional.ofNullable(families().find(eq("_id", familyId)).first()).map(RefreshTokenStore::toFamily);
    }

    public void revokeFamily(String familyId, Instant now) {
        families().updateOne(and(eq("_id", familyId), eq("revokedAt", null)), Updates.set("revokedAt", Date.from(now)));
    }

    public void revokeAllFamilies(String userId, Instant now) {
        families().updateMany(and(eq("userId", userId), eq("revokedAt", null)), Updates.set("revokedAt", Date.from(now)));
    }

    /** Removes tokens and families that can no longer be used. */
    public long deleteExpired(Instant now, Instant revokedBefore) {
        long tokensDeleted = tokens().deleteMany(lt("idleExpiresAt", Date.from(now))).getDeletedCount();
        long familiesDeleted = families().deleteMany(or(lt("absoluteExpiresAt", Date.from(now)),
                Filters.lt("revokedAt", Date.from(revokedBefore)))).getDeletedCount();
        return tokensDeleted + familiesDeleted;
    }

    private static Token toToken(Document d) {
        return new Token(d.getString("_id"), d.getString("familyId"), d.getString("userId"),
                d.getDate("idleExpiresAt").toInstant(),
                d.getDate("rotatedAt") == null ? null : d.getDate("rotatedAt").toInstant());
    }

    private static Family toFamily(Document d) {
        return new Family(d.getString("_id"), d.getString("userId"), d.getDate("absoluteExpiresAt").toInstant(),
                d.getDate("revokedAt") == null ? null : d.getDate("revokedAt").toInstant());
    }
}
