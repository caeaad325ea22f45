package dev.skillfast.reviews.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.skillfast.experts.domain.RatingTotals;

class ReviewRulesTest {

    private static final Instant WRITTEN = Instant.parse("2026-11-28T10:00:00Z");

    private static Review review(int rating, boolean hidden) {
        return new Review("r1", "s1", "e1", "c1", "Ana", rating, "ok", WRITTEN, WRITTEN, null, hidden, null, 0);
    }

    @Test
    void editableUntilTheWindowEnds() {
        Duration window = Duration.ofHours(48);
        assertThat(ReviewRules.editable(review(4, false), WRITTEN.plus(window).minusMillis(1), window)).isTrue();
        assertThat(ReviewRules.editable(review(4, false), WRITTEN.plus(window), window)).isFalse();
        assertThat(ReviewRules.editableUntil(review(4, false), window)).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
        assertThat(ReviewRules.describe(window)).isEqualTo("48 hours");
        assertThat(ReviewRules.describe(Duration.ofMinutes(90))).isEqualTo("90 minutes");
    }

    /** Applies changes the way the store's $inc does. */
    private static final class Aggregate {
        long sum;
        int count;
        final Map<Integer, Integer> distribution = new HashMap<>();

        Aggregate apply(RatingChange change) {
            sum += change.sum();
            count += change.count();
            change.distribution().forEach((stars, d) -> distribution.merge(stars, d, Integer::sum));
            return this;
        }

        RatingSummary summary() {
            return RatingSummary.of(new RatingTotals(sum, count, distribution));
        }
    }

    @Test
    void createEditHideAndRestoreMoveTheAggregateExactly() {
        Aggregate a = new Aggregate().apply(RatingChange.added(5)).apply(RatingChange.added(4)).apply(RatingChange.added(2));
        assertThat(a.summary().average()).isEqualTo(3.67);
        assertThat(a.summary().count()).isEqualTo(3);

        a.apply(RatingChange.edited(2, 5));
        assertThat(a.summary().average()).isEqualTo(4.67);
        assertThat(a.summary().distribution()).containsExactly(Map.entry("1", 0), Map.entry("2", 0), Map.entry("3", 0),
                Map.entry("4", 1), Map.entry("5", 2));

        a.apply(RatingChange.removed(5));
        assertThat(a.summary().average()).isEqualTo(4.5);
        assertThat(a.summary().count()).isEqualTo(2);

        a.apply(RatingChange.added(5));
        assertThat(a.summary().average()).isEqualTo(4.67);
        assertThat(a.summary().count()).isEqualTo(3);
    }

    @Test
    void anEditToTheSameStarsChangesNothing() {
        assertThat(RatingChange.edited(3, 3).isNone()).isTrue();
        assertThat(RatingChange.none().isNone()).isTrue();
        assertThat(RatingChange.added(1).isNone()).isFalse();
    }

    @Test
    void noReviewsAverageZero() {
        RatingSummary empty = RatingSummary.of(new RatingTotals(0, 0, Map.of()));
        assertThat(empty.average()).isZero();
        assertThat(empty.distribution()).hasSize(5).allSatisfy((stars, n) -> assertThat(n).isZero());
    }

    @Test
    void totalsCompareIgnoringEmptyStars() {
        assertThat(ReviewRules.same(new RatingTotals(9, 2, Map.of(4, 1, 5, 1, 3, 0)),
                new RatingTotals(9, 2, Map.of(4, 1, 5, 1)))).isTrue();
        assertThat(ReviewRules.same(new RatingTotals(9, 2, Map.of(4, 1, 5, 1)),
                new RatingTotals(8, 2, Map.of(3, 1, 5, 1)))).isFalse();
    }

    @Test
    void hiddenReviewsDoNotCount() {
        assertThat(review(3, false).counts()).isTrue();
        assertThat(review(3, true).counts()).isFalse();
    }
}
