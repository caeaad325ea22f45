package dev.skillfast.platform.mail;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import dev.skillfast.platform.mail.OutboxMail.OutboxState;
import dev.skillfast.platform.mongo.DuplicateKeys;

/** The {@code mail_outbox} collection: one document per mail, its id the mail's key. */
@ApplicationScoped
public class OutboxStore {

    static final String COLLECTION = "mail_outbox";

    @Inject
    MongoDatabase database;

    public OutboxStore() {
    }

    /** For tests outside the container. */
    public OutboxStore(MongoDatabase database) {
        this.database = database;
    }

    private MongoCollection<Document> outbox() {
        return database.getCollection(COLLECTION);
    }

    /** Stores a new mail, due now; false when a mail with this key was already queued. */
    public boolean insert(String key, MailMessage message, Instant now) {
        Document doc = new Document("_id", key)
                .append("to", message.to())
                .append("subject", message.subject())
                .append("text", message.text())
                .append("html", message.html())
                .append("state", OutboxState.PENDING.name())
                .append("attempts", 0)
                .append("nextAttemptAt", Date.from(now))
                .append("createdAt", Date.from(now));
        return DuplicateKeys.insertUnlessTaken(outbox(), doc);
    }

    /**
     * Claims the mail due first, if any: a PENDING one whose time has come, or a SENDING one whose claim
     * ran out (its server died mid-send). The claim lasts until {@code claimUntil}; the attempt is counted.
     */
    public Optional<OutboxMail> claimDue(Instant now, Instant claimUntil) {
        Date at = Date.from(now);
        Document claimed = outbox().findOneAndUpdate(
                or(and(eq("state", OutboxState.PENDING.name()), lte("nextAttemptAt", at)),
                        and(eq("state", OutboxState.SENDING.name()), lte("claimedUntil", at))),
                Updates.combine(Updates.set("state", OutboxState.SENDING.name()),
                        Updates.set("claimedUntil", Date.from(claimUntil)), Updates.inc("attempts", 1)),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("nextAttemptAt")).returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(claimed).map(OutboxStore::toMail);
    }

    /**
     * Marks a mail sent and drops its bodies: they may hold a one-time link, which the database need not
     * keep once the mail is gone (recipient, subject and times stay).
     */
    public void markSent(String key, Instant now) {
        outbox().updateOne(eq("_id", key), Updates.combine(Updates.set("state", OutboxState.SENT.name()),
                Updates.set("sentAt", Date.from(now)), Updates.unset("claimedUntil"), Updates.unset("lastError"),
                Updates.unset("text"), Updates.unset("html")));
    }

    public void markRetry(String key, Instant next, String error) {
        outbox().updateOne(eq("_id", key), Updates.combine(Updates.set("state", OutboxState.PENDING.name()),
                Updates.set("nextAttemptAt", Date.from(next)), Updates.unset("claimedUntil"),
                Updates.set("lastError", error)));
    }

    public void markFailed(String key, String error) {
        outbox().updateOne(eq("_id", key), Updates.combine(Updates.set("state", OutboxState.FAILED.name()),
                Updates.unset("claimedUntil"), Updates.set("lastError", error)));
    }

    public Optional<OutboxMail> find(String key) {
        return Optional.ofNullable(outbox().find(eq("_id", key)).first()).map(OutboxStore::toMail);
    }

    /** How many mails are in each state. */
    public Map<OutboxState, Long> countByState() {
        Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
        for (OutboxState state : OutboxState.values()) {
            counts.put(state, count(state));
        }
        return counts;
    }

    public long count(OutboxState state) {
        return outbox().countDocuments(eq("state", state.name()));
    }

    /** The oldest mail not yet sent nor given up, if any. */
    public Optional<OutboxMail> oldestWaiting() {
        Document doc = outbox().find(or(eq("state", OutboxState.PENDING.name()), eq("state", OutboxState.SENDING.name())))
                .sort(Sorts.ascending("createdAt")).first();
        return Optional.ofNullable(doc).map(OutboxStore::toMail);
    }

    private static OutboxMail toMail(Document d) {
        return new OutboxMail(d.getString("_id"),
                new MailMessage(d.getString("to"), d.getString("subject"), d.getString("text"), d.getString("html")),
                OutboxState.valueOf(d.getString("state")), d.getInteger("attempts", 0), instant(d, "nextAttemptAt"),
                instant(d, "createdAt"), instant(d, "sentAt"), d.getString("lastError"));
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
