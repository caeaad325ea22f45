package dev.skillfast.accounts.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
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

import dev.skillfast.accounts.domain.SsoAttempt;

/**
 * The {@code sso_attempts} collection: single sign-ons under way, keyed by the hash of their {@code state},
 * in the database so that any server of a cluster can take the provider's answer.
 */
@ApplicationScoped
public class SsoAttemptStore {

    static final String COLLECTION = "sso_attempts";

    @Inject
    MongoDatabase database;

    public SsoAttemptStore() {
    }

    /** For tests outside the container. */
    public SsoAttemptStore(MongoDatabase database) {
        this.database = database;
    }

    private MongoCollection<Document> attempts() {
        return database.getCollection(COLLECTION);
    }

    public void insert(String stateHash, SsoAttempt attempt) {
        attempts().insertOne(new Document("_id", stateHash)
                .append("nonce", attempt.nonce())
                .append("codeVerifier", attempt.codeVerifier())
                .append("browserHash", attempt.browserHash())
                .append("returnTo", attempt.returnTo())
                .append("expiresAt", Date.from(attempt.expiresAt())));
    }

    /** Takes the attempt out (it answers once), if it exists and has not expired. */
    public Optional<SsoAttempt> take(String stateHash, Instant now) {
        Document taken = attempts().findOneAndDelete(and(eq("_id", stateHash), gt("expiresAt", Date.from(now))));
        return Optional.ofNullable(taken).map(d -> new SsoAttempt(d.getString("nonce"), d.getString("codeVerifier"),
                d.getString("browserHash"), d.getString("returnTo"), d.getDate("expiresAt").toInstant()));
    }

    public long deleteExpired(Instant before) {
        return attempts().deleteMany(lte("expiresAt", Date.from(before))).getDeletedCount();
    }
}
