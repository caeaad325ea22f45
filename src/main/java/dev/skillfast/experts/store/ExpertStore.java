package dev.skillfast.experts.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
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
        return Optional.ofNullable(profiles().find(eq("_id", id)).first()).map(ExpertStore::toProfile);
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

    /** An expert's rating aggregate: the sum of stars, the count and the count per star (1–5). */
    public record RatingTotals(long sum, int count, Map<Integer, Integer> distribution) {

        /** The average of {@code count} ratings adding up to {@code sum}, to two decimals (0 without any). */
        public static double averageOf(long sum, int count) {
            return count <= 0 ? 0.0 : java.math.BigDecimal.valueOf(sum)
                    .divide(java.math.BigDecimal.valueOf(count), 2, java.math.RoundingMode.HALF_UP).doubleValue();
        }
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
        return Optional.ofNullable(after).map(ExpertStore::toProfile);
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
        Map<Integer, Integer> distribution = new java.util.TreeMap<>();
        Document dist = rating.get("dist", Document.class);
        if (dist != null) {
            dist.forEach((stars, n) -> distribution.put(Integer.valueOf(stars), ((Number) n).intValue()));
        }
        return Optional.of(new RatingTotals(ratingSum(rating), ratingCount(rating), distribution));
    }

    /** The sum of stars; profiles imported with only an average (and no sum) count as average × count. */
    private static long ratingSum(Document rating) {
        Number sum = rating.get("sum", Number.class);
        if (sum != null) {
            return sum.longValue();
        }
        Number average = rating.get("average", Number.class);
        return average == null ? 0 : Math.round(average.doubleValue() * ratingCount(rating));
    }

    private static int ratingCount(Document rating) {
        Number count = rating.get("count", Number.class);
        return count == null ? 0 : count.intValue();
    }

    private static double ratingAverage(Document rating) {
        if (rating.get("sum") == null) {
            Number average = rating.get("average", Number.class);
            return average == null ? 0.0 : average.doubleValue();
        }
        return RatingTotals.averageOf(ratingSum(rating), ratingCount(rating));
    }

    public Optional<ExpertProfile> setAvatarVersion(String id, String version) {
        return update(id, version == null ? Updates.unset("avatarVersion") : Updates.set("avatarVersion", version));
    }

    private Optional<ExpertProfile> update(String id, Bson update) {
        return Optional.ofNullable(profiles().findOneAndUpdate(eq("_id", id), Updates.combine(update, changed()),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))).map(ExpertStore::toProfile);
    }

    public List<ExpertProfile> byStatus(VerificationStatus status, int page, int size) {
        return profiles().find(eq("status", status.name()))
                .sort(Sorts.orderBy(Sorts.ascending("updatedAt"), Sorts.ascending("_id")))
                .skip(page * size).limit(size).map(ExpertStore::toProfile).into(new ArrayList<>());
    }

    public long countByStatus(VerificationStatus status) {
        return profiles().countDocuments(eq("status", status.name()));
    }

    /** Every public profile, for the search index. */
    public List<ExpertProfile> allPublic() {
        return profiles().find(and(eq("status", VerificationStatus.VERIFIED.name()), eq("accountActive", true)))
                .map(ExpertStore::toProfile).into(new ArrayList<>());
    }

    /** Profiles written since then, public or not (the search index drops the ones that are not). */
    public List<ExpertProfile> changedSince(Instant since) {
        return profiles().find(com.mongodb.client.model.Filters.gte("changedAt", Date.from(since)))
                .map(ExpertStore::toProfile).into(new ArrayList<>());
    }

    public boolean any() {
        return profiles().find().limit(1).first() != null;
    }

    /** Bulk insert of ready-made profiles (demo data, benchmarks). */
    public void insertAll(List<ExpertProfile> profiles) {
        if (!profiles.isEmpty()) {
            profiles().insertMany(profiles.stream().map(ExpertStore::toDocument).toList());
        }
    }

    static Document toDocument(ExpertProfile p) {
        Document rates = new Document();
        p.rates().forEach((channel, rate) -> rates.append(channel.name(), rate));
        Document d = new Document("_id", p.id()).append("displayName", p.displayName()).append("headline", p.headline())
                .append("bio", p.bio()).append("skills", p.skills()).append("categories", p.categories())
                .append("languages", p.languages()).append("timeZone", p.timeZone()).append("currency", p.currency())
                .append("rates", rates).append("freeMinutes", p.freeMinutes()).append("available", p.available())
                .append("presence", p.presence().name()).append("status", p.status().name())
                .append("accountActive", p.accountActive()).append("changedAt", Date.from(p.updatedAt()))
                .append("rating", new Document("average", p.ratingAverage()).append("count", p.ratingCount())
                        .append("sum", Math.round(p.ratingAverage() * p.ratingCount())))
                .append("popularity", p.popularity()).append("updatedAt", Date.from(p.updatedAt()))
                .append("createdAt", Date.from(p.updatedAt()));
        if (p.statusReason() != null) {
            d.append("statusReason", p.statusReason());
        }
        if (p.avatarVersion() != null) {
            d.append("avatarVersion", p.avatarVersion());
        }
        return d;
    }

    static ExpertProfile toProfile(Document d) {
        Map<Channel, Long> rates = new EnumMap<>(Channel.class);
        Document storedRates = d.get("rates", Document.class);
        if (storedRates != null) {
            for (Channel channel : Channel.values()) {
                Number rate = storedRates.get(channel.name(), Number.class);
                if (rate != null) {
                    rates.put(channel, rate.longValue());
                }
            }
        }
        Document rating = d.get("rating", Document.class);
        Date updated = d.getDate("updatedAt");
        Number popularity = d.get("popularity", Number.class);
        return new ExpertProfile(d.getString("_id"), d.getString("displayName"), d.getString("headline"),
                d.getString("bio") == null ? "" : d.getString("bio"), strings(d, "skills"), strings(d, "categories"),
                strings(d, "languages"), d.getString("timeZone"), d.getString("currency"), rates,
                d.getInteger("freeMinutes", 0), d.getBoolean("available", false),
                Presence.valueOf(d.getString("presence") == null ? "OFFLINE" : d.getString("presence")),
                VerificationStatus.valueOf(d.getString("status")), d.getString("statusReason"),
                d.getBoolean("accountActive", true),
                rating == null ? 0.0 : ratingAverage(rating),
                rating == null ? 0 : Math.max(0, ratingCount(rating)),
                popularity == null ? 0 : popularity.longValue(), d.getString("avatarVersion"),
                updated == null ? Instant.EPOCH : updated.toInstant());
    }

    private static List<String> strings(Document d, String field) {
        List<String> values = d.getList(field, String.class);
        return values == null ? List.of() : List.copyOf(values);
    }
}
