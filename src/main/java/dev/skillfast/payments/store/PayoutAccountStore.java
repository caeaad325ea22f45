package dev.skillfast.payments.store;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

import dev.skillfast.payments.domain.PayoutAccount;

/** The {@code payout_accounts} collection: one per expert ({@code _id}), {@code stripeAccountId} unique. */
@ApplicationScoped
public class PayoutAccountStore {

    static final String COLLECTION = "payout_accounts";

    @Inject
    MongoDatabase database;

    public PayoutAccountStore() {
    }

    public PayoutAccountStore(MongoDatabase database) {
        this.database = database;
    }

    private MongoCollection<Document> accounts() {
        return database.getCollection(COLLECTION);
    }

    public PayoutAccount find(String expertId) {
        return Optional.ofNullable(accounts().find(eq("_id", expertId)).first()).map(PayoutAccountStore::toAccount)
                .orElse(PayoutAccount.none(expertId));
    }

    public Optional<PayoutAccount> byStripeAccount(String stripeAccountId) {
        return Optional.ofNullable(accounts().find(eq("stripeAccountId", stripeAccountId)).first())
                .map(PayoutAccountStore::toAccount);
    }

    public PayoutAccount setPaypalEmail(String expertId, String email, Instant now) {
        return upsert(expertId, Updates.combine(Updates.set("paypalEmail", email), Updates.set("updatedAt", Date.from(now))));
    }

    public PayoutAccount setStripeAccount(String expertId, String stripeAccountId, Instant now) {
        return upsert(expertId, Updates.combine(Updates.set("stripeAccountId", stripeAccountId),
                Updates.set("updatedAt", Date.from(now))));
    }

    public PayoutAccount setStripeState(String expertId, boolean payoutsEnabled, boolean detailsSubmitted, Instant now) {
        return upsert(expertId, Updates.combine(Updates.set("payoutsEnabled", payoutsEnabled),
                Updates.set("detailsSubmitted", detailsSubmitted), Updates.set("updatedAt", Date.from(now))));
    }

    private PayoutAccount upsert(String expertId, org.bson.conversions.Bson update) {
        return toAccount(accounts().findOneAndUpdate(eq("_id", expertId), update,
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)));
    }

    static PayoutAccount toAccount(Document d) {
        Date updated = d.getDate("updatedAt");
        return new PayoutAccount(d.getString("_id"), d.getString("stripeAccountId"), d.getBoolean("payoutsEnabled", false),
                d.getBoolean("detailsSubmitted", false), d.getString("paypalEmail"),
                updated == null ? null : updated.toInstant());
    }
}
