package dev.skillfast.notifications.store;

import static com.mongodb.client.model.Filters.eq;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;

import dev.skillfast.notifications.domain.NotificationPreferences;

/** The {@code notification_preferences} collection: one document per user who changed them. */
@ApplicationScoped
public class PreferenceStore {

    static final String COLLECTION = "notification_preferences";

    @Inject
    MongoDatabase database;

    public PreferenceStore() {
    }

    /** For tests outside the container. */
    public PreferenceStore(MongoDatabase database) {
        this.database = database;
    }

    private MongoCollection<Document> preferences() {
        return database.getCollection(COLLECTION);
    }

    public Optional<NotificationPreferences> find(String userId) {
        return Optional.ofNullable(preferences().find(eq("_id", userId)).first())
                .map(d -> new NotificationPreferences(d.getBoolean("sessionMissed", true),
                        d.getBoolean("sessionReceipt", true), d.getBoolean("reviewReceived", true),
                        d.getBoolean("payments", true)));
    }

    public void save(String userId, NotificationPreferences p) {
        preferences().replaceOne(eq("_id", userId), new Document("_id", userId)
                .append("sessionMissed", p.sessionMissed()).append("sessionReceipt", p.sessionReceipt())
                .append("reviewReceived", p.reviewReceived()).append("payments", p.payments()),
                new ReplaceOptions().upsert(true));
    }
}
