package dev.skillfast.reviews.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.skillfast.experts.domain.RatingTotals;

/** An expert's rating: the average (two decimals), the count and how many reviews gave each number of stars. */
public record RatingSummary(double average, int count, Map<String, Integer> distribution) {

    /** From the expert's aggregate (an average of nothing is 0). */
    public static RatingSummary of(RatingTotals totals) {
        Map<String, Integer> stars = new LinkedHashMap<>();
        for (int s = 1; s <= 5; s++) {
            stars.put(String.valueOf(s), Math.max(0, totals.distribution().getOrDefault(s, 0)));
        }
        return new RatingSummary(RatingTotals.averageOf(totals.sum(), totals.count()),
                Math.max(0, totals.count()), stars);
    }
}
