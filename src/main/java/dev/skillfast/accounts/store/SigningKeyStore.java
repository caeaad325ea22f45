package dev.skillfast.accounts.store;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * The generated access-token signing key, kept in the database so tokens survive a restart and every
 * server sharing the database signs and verifies alike. Used only when no key is configured.
 */
@ApplicationScoped
public class SigningKeyStore {

    static final String COLLECTION = "signing_keys";
    static final String ACCESS_TOKEN_KEY = "access-token";

    @Inject
    MongoDatabase database;

    public SigningKeyStore() {
    }

    public SigningKeyStore(MongoDatabase database) {
        this.database = database;
    }

    /** Base64 DER encodings: PKCS#8 private key, X.509 public key. */
    public record StoredKey(String keyId, String privateKey, String publicKey) {
    }

    private MongoCollection<Document> keys() {
        return database.getCollection(COLLECTION);
    }

    public Optional<StoredKey> find() {
        return Optional.ofNullable(keys().find(eq("_id", ACCESS_TOKEN_KEY)).first())
                .map(d -> new StoredKey(d.getString("keyId"), d.getString("privateKey"), d.getString("publicKey")));
    }

    /** Stores the candidate unless another server stored one first; answers the key that stands. */
    public StoredKey storeIfAbsent(StoredKey candidate, Instant now) {
        try {
            keys().insertOne(new Document("_id", ACCESS_TOKEN_KEY).append("keyId", candidate.keyId())
                    .append("privateKey", candidate.privateKey()).append("publicKey", candidate.publicKey())
                    .append("createdAt", Date.from(now)));
            return candidate;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return find().orElseThrow();
            }
            throw e;
        }
    }
}
