package dev.skillfast.payments.store;

import static com.mongodb.client.model.Filters.eq;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

/**
 * The {@code payment_secrets} collection: secrets SkillFast makes for itself (the demo provider's webhook
 * key), created once per installation and shared by every server on the database.
 */
@ApplicationScoped
public class PaymentSecretStore {

    static final String COLLECTION = "payment_secrets";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    MongoDatabase database;

    public PaymentSecretStore() {
    }

    public PaymentSecretStore(MongoDatabase database) {
        this.database = database;
    }

    /** The secret under {@code name}, made (32 random bytes) the first time; every caller gets the same one. */
    public byte[] secret(String name) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        Document d = database.getCollection(COLLECTION).findOneAndUpdate(eq("_id", name),
                Updates.setOnInsert("secret", Base64.getEncoder().encodeToString(fresh)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return Base64.getDecoder().decode(d.getString("secret"));
    }
}
