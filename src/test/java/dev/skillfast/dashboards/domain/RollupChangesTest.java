package dev.skillfast.dashboards.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.skillfast.reviews.domain.Review;

/** The increments each event adds, where their layout is not obvious: an expert's running totals per month. */
class RollupChangesTest {

    private static RollupChange expertMonth(Instant at, int stars) {
        return RollupChanges.reviewed(new Review("r", "s", "ana.lopez", "c", "C", stars, "", at, at, null, false, null, 1)).stream()
                .filter(c -> c.rollup() == Rollup.EXPERT_MONTH_TO_DATE).findFirst().orElseThrow();
    }

    @Test
    void aReviewAddsToItsMonthsTotalAndToTheRunningTotalOfItsDayAndEveryLaterDayOfTheMonth() {
        RollupChange change = expertMonth(Instant.parse("2026-02-26T23:59:59Z"), 4);

        assertThat(change.id()).isEqualTo("2026-02|ana.lopez");
        assertThat(change.sets()).containsEntry("month", "2026-02").containsEntry("expertId", "ana.lopez");
        assertThat(change.increments()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("total.stars", 4L), Map.entry("total.reviews", 1L),
                Map.entry("upTo.26.stars", 4L), Map.entry("upTo.26.reviews", 1L),
                Map.entry("upTo.27.stars", 4L), Map.entry("upTo.27.reviews", 1L),
                Map.entry("upTo.28.stars", 4L), Map.entry("upTo.28.reviews", 1L)));
    }

    @Test
    void theLastDayOfAMonthHasOnlyItsOwnRunningTotalAndTheFirstHasOneForEveryDay() {
        assertThat(expertMonth(Instant.parse("2028-02-29T10:00:00Z"), 5).increments()).containsOnlyKeys(
                "total.stars", "total.reviews", "upTo.29.stars", "upTo.29.reviews");
        assertThat(expertMonth(Instant.parse("2026-12-01T00:00:00Z"), 5).increments().keySet())
                .filteredOn(path -> path.startsWith("upTo.") && path.endsWith(".stars")).hasSize(31);
    }
}
