package dev.skillfast.payments.store;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import dev.skillfast.payments.domain.RecordedEvent;
import dev.skillfast.platform.mongo.MongoConnection;
import dev.skillfast.platform.mongo.MongoProducer;

/**
 * The {@code payment_events} collection: every provider event once, under {@code _id = provider:eventId}
 * (unique by nature), RECEIVED when recorded and APPLIED with its outcome once its effects are written.
 */
@ApplicationScoped
public class PaymentEventStore {

    static final String COLLECTION = "payment_events";

    @Inject
    MongoDatabase database;

    @Inject
    MongoProducer mongo;

    private MongoConnection connection;

    public PaymentEventStore() {
    }

    public PaymentEventStore(MongoConnection connection) {
        this.connection = connection;
        this.database = connection.database();
    }

    private MongoCollection<Document> events() {
        return database.getCollection(COLLECTION);
    }

    /** Records a new event; answers the earlier record when its id was taken. */
    public Optional<RecordedEvent> insertOrGetExisting(RecordedEvent event) {
        Document d = new Document("_id", event.key()).append("provider", event.provider().name())
                .append("eventId", event.eventId()).append("type", event.type()).append("topupId", event.topupId())
                .append("subject", event.subject()).append("applied", false)
                .append("receivedAt", Date.from(event.receivedAt()));
        try {
            events().insertOne(d);
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return Optional.ofNullable(events().find(eq("_id", event.key())).first()).map(PaymentEventStore::toEvent);
        }
    }

    public void applied(String key, String topupId, String outcome, Instant at) {
        events().updateOne(eq("_id", key), Updates.combine(Updates.set("applied", true), Updates.set("outcome", outcome),
                Updates.set("topupId", topupId), Updates.set("appliedAt", Date.from(at))));
    }

    public List<RecordedEvent> ofTopup(String topupId) {
        return events().find(eq("topupId", topupId)).sort(Sorts.ascending("receivedAt")).limit(200)
                .map(PaymentEventStore::toEvent).into(new ArrayList<>());
    }

    /** Writes what was acknowledged so far to disk before a webhook is answered (see MongoConnection). */
    public void makeDurable() {
        (connection != null ? connection : mongo.connection()).makeDurable();
    }

    static RecordedEvent toEvent(Document d) {
        return new RecordedEvent(dev.skillfast.payments.domain.Provider.valueOf(d.getString("provider")),
                d.getString("eventId"), d.getString("type"), d.getString("topupId"), d.getString("subject"),
                d.getBoolean("applied", false), d.getString("outcome"), d.getDate("receivedAt").toInstant());
    }
}
