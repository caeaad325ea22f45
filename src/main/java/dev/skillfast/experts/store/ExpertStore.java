package dev.skillfast.experts.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.ExpertProfile;
import dev.skillfast.experts.domain.Presence;
import dev.skillfast.experts.domain.RatingTotals;
import dev.skillfast.experts.domain.VerificationStatus;

/** The {@code experts_profiles} collection: one document per expert, its id the user's id. */
@ApplicationScoped
public class ExpertStore {

    static final String COLLECTION = "experts_profiles";

    @Inject
    MongoDatabase database;

    @Inject
    java.time.Clock clock = java.time.Clock.systemUTC();

    public ExpertStore() {
    }

    public ExpertStore(MongoDatabase database) {
        this.database = database;
    }

    /** Every write stamps {@code changedAt}, so other servers can take in just what changed (see {@link #changedSince}). */
    private Bson changed() {
        return Updates.set("changedAt", Date.from(clock.instant()));
    }

    private MongoCollection<Document> profiles() {
        return database.getCollection(COLLECTION);
    }

    /** What an expert edits about themself. */
    public record Edit(String displayName, String headline, String bio, List<String> skills, List<String> categories,
                       List<String> languages, String timeZone, String currency, Map<Channel, Long> rates,
                       int freeMinutes, boolean available, boolean accountActive) {
    }

    /**
     * Creates or updates the expert's own fields in one atomic upsert. A new profile starts PENDING;
     * a REJECTED one goes back to PENDING (it was resubmitted); a VERIFIED one stays public.
     */
    public ExpertProfile save(String id, Edit edit, Instant now) {
        Document rates = new Document();
        edit.rates().forEach((channel, rate) -> rates.append(channel.name(), rate));
        Bson update = Updates.combine(
                Updates.set("displayName", edit.displayName()),
                Updates.set("headline", edit.headline()),
                Updates.set("bio", edit.bio()),
                Updates.set("skills", edit.skills()),
                Updates.set("categories", edit.categories()),
                Updates.set("languages", edit.languages()),
                Updates.set("timeZone", edit.timeZone()),
                Updates.set("currency", edit.currency()),
                Updates.set("rates", rates),
                Updates.set("freeMinutes", edit.freeMinutes()),
                Updates.set("available", edit.available()),
                Updates.set("accountActive", edit.accountActive()),
                Updates.set("updatedAt", Date.from(now)),
                changed(),
                Updates.setOnInsert("presence", Presence.OFFLINE.name()),
                Updates.setOnInsert("status", VerificationStatus.PENDING.name()),
                Updates.setOnInsert("rating", new Document("average", 0.0).append("count", 0)),
                Updates.setOnInsert("popularity", 0L),
                Updates.setOnInsert("createdAt", Date.from(now)));
        profiles().findOneAndUpdate(eq("_id", id), update, new FindOneAndUpdateOptions().upsert(true));
        profiles().updateOne(and(eq("_id", id), eq("status", VerificationStatus.REJECTED.name())),
                Updates.combine(Updates.set("status", VerificationStatus.PENDING.name()), Updates.unset("statusReason"), changed()));
        return find(id).orElseThrow();
    }

    public Optional<ExpertProfile> find(String id) {
        return Optional.ofNullable(profiles().find(eq("_id", id)).first()).map(ExpertDocuments::toProfile);
    }

    public Optional<ExpertProfile> setVerification(String id, VerificationStatus status, String reason, Instant now) {
        Bson reasonChange = reason == null || reason.isBlank() ? Updates.unset("statusReason") : Updates.set("statusReason", reason);
        return update(id, Updates.combine(Updates.set("status", status.name()), reasonChange,
                Updates.set("reviewedAt", Date.from(now))));
    }

    /** Keeps the account's name and standing on the profile. */
    public void setAccount(String id, String displayName, boolean accountActive) {
        profiles().updateOne(eq("_id", id), Updates.combine(Updates.set("displayName", displayName),
                Updates.set("accountActive", accountActive), changed()));
    }

    /** Sets the live presence; empty when it already was that (nothing changed) or there is no profile. */
    public Optional<ExpertProfile> setPresence(String id, Presence presence) {
        // filtered by _id alone (an index lookup on the embedded store); "changed" is read from the old value
        Document before = profiles().findOneAndUpdate(eq("_id", id), Updates.combine(Updates.set("presence", presence.name()), changed()),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
        if (before == null || presence.name().equals(before.getString("presence"))) {
            return Optional.empty();
        }
        return find(id);
    }

    /** Nobody is connected to a server that is starting: every expert starts OFFLINE. */
    public long resetPresence() {
        return profiles().updateMany(ne("presence", Presence.OFFLINE.name()),
                Updates.combine(Updates.set("presence", Presence.OFFLINE.name()), changed())).getModifiedCount();
    }

    /**
     * Moves the rating aggregate by these deltas in one atomic {@code $inc} (concurrent reviews add up);
     * answers the profile after it, empty without a profile.
     */
    public Optional<ExpertProfile> adjustRating(String id, long sumDelta, int countDelta, Map<Integer, Integer> distribution) {
        List<Bson> changes = new java.util.ArrayList<>();
        changes.add(Updates.inc("rating.sum", sumDelta));
        changes.add(Updates.inc("rating.count", countDelta));
        distribution.forEach((stars, delta) -> changes.add(Updates.inc("rating.dist." + stars, delta)));
        return update(id, Updates.combine(changes));
    }

    /**
     * Replaces the aggregate with {@code totals} if it still is {@code expected} (the start-up reconciliation
     * recomputes it from the reviews; a review counted meanwhile leaves it alone). Empty when it moved.
     */
    public Optional<ExpertProfile> setRating(String id, RatingTotals expected, RatingTotals totals) {
        Document dist = new Document();
        totals.distribution().forEach((stars, n) -> dist.append(String.valueOf(stars), n));
        Document after = profiles().findOneAndUpdate(and(eq("_id", id), eq("rating.count", expected.count())),
                Updates.combine(Updates.set("rating.sum", totals.sum()), Updates.set("rating.count", totals.count()),
                        Updates.set("rating.dist", dist), Updates.unset("rating.average"), changed()),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(after).map(ExpertDocuments::toProfile);
    }

    public Optional<RatingTotals> ratingTotals(String id) {
        Document d = profiles().find(eq("_id", id)).projection(com.mongodb.client.model.Projections.include("rating")).first();
        if (d == null) {
            return Optional.empty();
        }
        Document rating = d.get("rating", Document.class);
        if (rating == null) {
            return Optional.of(new RatingTotals(0, 0, Map.of()));
        }
        return Optional.of(ExpertDocuments.ratingTotals(rating));
    }

    public Optional<ExpertProfile> setAvatarVersion(String id, String version) {
        return update(id, version == null ? Updates.unset("avatarVersion") : Updates.set("avatarVersion", version));
    }

    private Optional<ExpertProfile> update(String id, Bson update) {
        return Optional.ofNullable(profiles().findOneAndUpdate(eq("_id", id), Updates.combine(update, changed()),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))).map(ExpertDocuments::toProfile);
    }

    public List<ExpertProfile> byStatus(VerificationStatus status, int page, int size) {
        return profiles().find(eq("status", status.name()))
                .sort(Sorts.orderBy(Sorts.ascending("updatedAt"), Sorts.ascending("_id")))
                .skip(page * size).limit(size).map(ExpertDocuments::toProfile).into(new ArrayList<>());
    }

    public long countByStatus(VerificationStatus status) {
        return profiles().countDocuments(eq("status", status.name()));
    }

    /** Every public profile, for the search index. */
    public List<ExpertProfile> allPublic() {
        return profiles().find(and(eq("status", VerificationStatus.VERIFIED.name()), eq("accountActive", true)))
                .map(ExpertDocuments::toProfile).into(new ArrayList<>());
    }

    /** Profiles written since then, public or not (the search index drops the ones that are not). */
    public List<ExpertProfile> changedSince(Instant since) {
        return profiles().find(com.mongodb.client.model.Filters.gte("changedAt", Date.from(since)))
                .map(ExpertDocuments::toProfile).into(new ArrayList<>());
    }

    public boolean any() {
        return profiles().find().limit(1).first() != null;
    }

    /** Bulk insert of ready-made profiles (demo data, benchmarks). */
    public void insertAll(List<ExpertProfile> profiles) {
        if (!profiles.isEmpty()) {
            profiles().insertMany(profiles.stream().map(ExpertDocuments::toDocument).toList());
        }
    }
}
