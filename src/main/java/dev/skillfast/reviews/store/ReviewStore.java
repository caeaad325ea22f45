package dev.skillfast.reviews.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import dev.skillfast.reviews.domain.Review;

/**
 * The {@code reviews} collection. {@code sessionId} is unique (one review per session). Every change is
 * a conditional update on the review's {@code version} (a unique {@code rev} "id:version" key, looked up
 * by index on the embedded store too), so of two racing edits or moderations exactly one wins.
 */
@ApplicationScoped
public class ReviewStore {

    static final String COLLECTION = "reviews";

    @Inject
    MongoDatabase database;

    public ReviewStore() {
    }

    public ReviewStore(MongoDatabase database) {
        this.database = database;
    }

    private MongoCollection<Document> reviews() {
        return database.getCollection(COLLECTION);
    }

    /** Stores a new review; empty when the session already has one. */
    public Optional<Review> insert(Review review) {
        Document d = new Document("_id", review.id()).append("sessionId", review.sessionId())
                .append("expertId", review.expertId()).append("clientId", review.clientId())
                .append("reviewerName", review.reviewerName()).append("rating", review.rating())
                .append("comment", review.comment()).append("hidden", false).append("version", 0L)
                .append("rev", rev(review.id(), 0)).append("createdAt", Date.from(review.createdAt()))
                .append("updatedAt", Date.from(review.updatedAt()));
        try {
            reviews().insertOne(d);
            return Optional.of(review);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public Optional<Review> find(String id) {
        return Optional.ofNullable(reviews().find(eq("_id", id)).first()).map(ReviewStore::toReview);
    }

    /** Every review, hidden ones too, in no particular order (the dashboards' replay of the history). */
    public void each(java.util.function.Consumer<Review> each) {
        reviews().find().batchSize(1000).forEach(d -> each.accept(toReview(d)));
    }

    public Optional<Review> ofSession(String sessionId) {
        return Optional.ofNullable(reviews().find(eq("sessionId", sessionId)).first()).map(ReviewStore::toReview);
    }

    /** Sets the rating and comment if the review is still at {@code version}; empty when it moved meanwhile. */
    public Optional<Review> edit(Review current, int rating, String comment, Instant now) {
        return change(current, Updates.combine(Updates.set("rating", rating), Updates.set("comment", comment),
                Updates.set("updatedAt", Date.from(now))));
    }

    public Optional<Review> reply(Review current, String text, Instant now) {
        return change(current, Updates.set("reply", new Document("text", text).append("createdAt", Date.from(now))));
    }

    public Optional<Review> moderate(Review current, boolean hidden, String reason, String by, Instant now) {
        return change(current, Updates.combine(Updates.set("hidden", hidden), Updates.set("moderation",
                new Document("action", hidden ? "HIDE" : "RESTORE").append("reason", reason).append("by", by)
                        .append("at", Date.from(now)))));
    }

    private Optional<Review> change(Review current, Bson update) {
        long next = current.version() + 1;
        Document after = reviews().findOneAndUpdate(eq("rev", rev(current.id(), current.version())),
                Updates.combine(update, Updates.set("version", next), Updates.set("rev", rev(current.id(), next))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(after).map(ReviewStore::toReview);
    }

    /** One page of an expert's reviews, newest first or best first (then newest); hidden ones only when asked. */
    public List<Review> ofExpert(String expertId, boolean includeHidden, boolean byRating, int page, int size) {
        Bson sort = byRating ? Sorts.orderBy(Sorts.descending("rating"), Sorts.descending("createdAt"))
                : Sorts.descending("createdAt");
        return reviews().find(filter(expertId, includeHidden)).sort(Sorts.orderBy(sort, Sorts.ascending("_id")))
                .skip(page * size).limit(size).map(ReviewStore::toReview).into(new ArrayList<>());
    }

    public long countOfExpert(String expertId, boolean includeHidden) {
        return reviews().countDocuments(filter(expertId, includeHidden));
    }

    private static Bson filter(String expertId, boolean includeHidden) {
        return includeHidden ? eq("expertId", expertId) : and(eq("expertId", expertId), eq("hidden", false));
    }

    /** Per expert with visible reviews: the sum, count and distribution of their stars (for the reconciliation). */
    public Map<String, Totals> visibleTotals() {
        Map<String, Totals> totals = new TreeMap<>();
        each(eq("hidden", false), r -> totals.computeIfAbsent(r.expertId(), e -> new Totals()).add(r.rating()));
        return totals;
    }

    /** Every expert with at least one review, hidden ones included. */
    public List<String> reviewedExperts() {
        java.util.Set<String> experts = new java.util.TreeSet<>();
        for (Document d : reviews().find().projection(com.mongodb.client.model.Projections.include("expertId"))) {
            experts.add(d.getString("expertId"));
        }
        return List.copyOf(experts);
    }

    private void each(Bson filter, Consumer<Review> each) {
        for (Document d : reviews().find(filter)) {
            each.accept(toReview(d));
        }
    }

    /** A running total of stars. */
    public static final class Totals {
        private long sum;
        private int count;
        private final Map<Integer, Integer> distribution = new TreeMap<>();

        void add(int stars) {
            sum += stars;
            count++;
            distribution.merge(stars, 1, Integer::sum);
        }

        public long sum() {
            return sum;
        }

        public int count() {
            return count;
        }

        public Map<Integer, Integer> distribution() {
            return distribution;
        }
    }

    static String rev(String id, long version) {
        return id + ":" + version;
    }

    private static Review toReview(Document d) {
        Document reply = d.get("reply", Document.class);
        Document moderation = d.get("moderation", Document.class);
        return new Review(d.getString("_id"), d.getString("sessionId"), d.getString("expertId"), d.getString("clientId"),
                d.getString("reviewerName"), d.getInteger("rating", 0), d.getString("comment"),
                d.getDate("createdAt").toInstant(), d.getDate("updatedAt").toInstant(),
                reply == null ? null : new Review.Reply(reply.getString("text"), reply.getDate("createdAt").toInstant()),
                d.getBoolean("hidden", false),
                moderation == null ? null : new Review.Moderation(moderation.getString("action"),
                        moderation.getString("reason"), moderation.getString("by"), moderation.getDate("at").toInstant()),
                d.get("version", Number.class).longValue());
    }
}
