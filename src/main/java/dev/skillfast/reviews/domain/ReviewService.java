package dev.skillfast.reviews.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.skillfast.experts.domain.ExpertProfile;
import dev.skillfast.experts.domain.ExpertService;
import dev.skillfast.experts.domain.RatingTotals;
import dev.skillfast.platform.errors.ConflictException;
import dev.skillfast.platform.errors.ForbiddenException;
import dev.skillfast.platform.errors.NotFoundException;
import dev.skillfast.reviews.store.ReviewStore;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionService;
import dev.skillfast.sessions.domain.SessionState;

/**
 * Reviews of ended sessions and the expert's rating they make. Each change is first a conditional write
 * of the review (one winner per version), then one atomic {@code $inc} of the expert's aggregate by what
 * that change did ({@link RatingChange}), so concurrent reviews, edits and moderation all add up.
 */
@ApplicationScoped
public class ReviewService {

    private static final int ATTEMPTS = 5;

    @Inject
    ReviewStore store;

    @Inject
    SessionService sessions;

    @Inject
    ExpertService experts;

    @Inject
    Clock clock;

    @Inject
    Event<ReviewPosted> posted;

    @Inject
    @ConfigProperty(name = "skillfast.reviews.edit-window")
    Duration editWindow;

    /** A page of an expert's reviews with the rating summary. */
    public record ExpertReviews(List<Review> items, long total, RatingSummary summary) {
    }

    public Duration editWindow() {
        return editWindow;
    }

    /** The client of an ended session that ran at least one minute rates it, once. */
    public Review create(String sessionId, String userId, int rating, String comment) {
        Session session = sessions.find(sessionId).orElseThrow(() -> new NotFoundException("No such session."));
        if (!session.isClient(userId)) {
            throw new ForbiddenException("Only the client of a session can review it.");
        }
        if (!ReviewRules.reviewable(session, sessions.chargesOf(session))) {
            throw new ConflictException(session.state() == SessionState.ENDED
                    ? "This session never started, so there is nothing to review."
                    : "A session can be reviewed once it has ended.");
        }
        Instant now = clock.instant();
        Review review = new Review(UUID.randomUUID().toString(), session.id(), session.expertId(), session.clientId(),
                session.client().name(), rating, comment == null ? "" : comment, now, now, null, false, null, 0);
        Review stored = store.insert(review).orElseThrow(() -> new ConflictException(
                "This session already has a review; its author can edit it."));
        rate(stored.expertId(), RatingChange.added(rating));
        posted.fire(new ReviewPosted(stored));
        return stored;
    }

    /** Its author changes the stars and the comment, within the edit window. */
    public Review edit(String sessionId, String userId, int rating, String comment) {
        return change(() -> ofSession(sessionId), current -> {
            if (!current.clientId().equals(userId)) {
                throw new ForbiddenException("Only the author of a review can edit it.");
            }
            if (!ReviewRules.editable(current, clock.instant(), editWindow)) {
                throw new ConflictException("A review can be edited for " + ReviewRules.describe(editWindow)
                        + " after it was written; that time is over.");
            }
            return store.edit(current, rating, comment == null ? "" : comment, clock.instant())
                    .map(after -> new Outcome(after, current.counts() ? RatingChange.edited(current.rating(), rating)
                            : RatingChange.none()));
        });
    }

    /** The reviewed expert answers in public, once. */
    public Review reply(String reviewId, String userId, String text) {
        return change(() -> byId(reviewId), current -> {
            if (!current.expertId().equals(userId)) {
                throw new ForbiddenException("Only the reviewed expert can reply to a review.");
            }
            if (current.reply() != null) {
                throw new ConflictException("This review already has a reply.");
            }
            return store.reply(current, text, clock.instant()).map(after -> new Outcome(after, RatingChange.none()));
        });
    }

    /** An administrator hides a review (out of the list and the rating) or restores it, saying why. */
    public Review moderate(String reviewId, String adminId, boolean hide, String reason) {
        return change(() -> byId(reviewId), current -> {
            if (current.hidden() == hide) {
                throw new ConflictException(hide ? "This review is already hidden." : "This review is not hidden.");
            }
            return store.moderate(current, hide, reason, adminId, clock.instant())
                    .map(after -> new Outcome(after, hide ? RatingChange.removed(current.rating())
                            : RatingChange.added(current.rating())));
        });
    }

    /** Every review as stored, for system code (the dashboards' replay of the history). */
    public void eachReview(java.util.function.Consumer<Review> each) {
        store.each(each);
    }

    /** The review of a session, for its participants and administrators. */
    public Optional<Review> ofSession(String sessionId, String userId, boolean admin) {
        Session session = sessions.find(sessionId).orElseThrow(() -> new NotFoundException("No such session."));
        if (!session.isParticipant(userId) && !admin) {
            throw new ForbiddenException("Only the participants of a session can see its review.");
        }
        return store.ofSession(sessionId);
    }

    /** An expert's reviews: public ones, and hidden ones too for administrators. */
    public ExpertReviews ofExpert(String expertId, boolean admin, boolean byRating, int page, int size) {
        ExpertProfile expert = experts.find(expertId).filter(p -> p.isPublic() || admin)
                .orElseThrow(() -> new NotFoundException("No such expert."));
        RatingTotals totals = experts.ratingTotals(expert.id()).orElseThrow();
        return new ExpertReviews(store.ofExpert(expertId, admin, byRating, page, size), store.countOfExpert(expertId, admin),
                RatingSummary.of(totals));
    }

    /**
     * Recomputes every reviewed expert's aggregate from the visible reviews and repairs those that differ
     * (a server stopped between a review's write and its {@code $inc}); answers how many it repaired.
     */
    public int reconcile() {
        int repaired = 0;
        var recomputed = store.visibleTotals();
        for (String expertId : store.reviewedExperts()) {
            ReviewStore.Totals visible = recomputed.getOrDefault(expertId, new ReviewStore.Totals());
            RatingTotals wanted = new RatingTotals(visible.sum(), visible.count(),
                    visible.distribution());
            Optional<RatingTotals> current = experts.ratingTotals(expertId);
            if (current.isPresent() && !ReviewRules.same(current.get(), wanted)
                    && experts.setRating(expertId, current.get(), wanted)) {
                repaired++;
            }
        }
        return repaired;
    }

    private record Outcome(Review review, RatingChange change) {
    }

    /** Reads, decides and writes conditionally; a lost race reads again and decides again. */
    private Review change(java.util.function.Supplier<Review> read, Function<Review, Optional<Outcome>> decide) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Outcome> outcome = decide.apply(read.get());
            if (outcome.isPresent()) {
                rate(outcome.get().review().expertId(), outcome.get().change());
                return outcome.get().review();
            }
        }
        throw new ConflictException("The review was changed by someone else at the same moment; try again.");
    }

    private void rate(String expertId, RatingChange change) {
        if (!change.isNone()) {
            experts.adjustRating(expertId, change.sum(), change.count(), change.distribution());
        }
    }

    private Review ofSession(String sessionId) {
        return store.ofSession(sessionId).orElseThrow(() -> new NotFoundException("This session has no review."));
    }

    private Review byId(String reviewId) {
        return store.find(reviewId).orElseThrow(() -> new NotFoundException("No such review."));
    }
}
