package dev.skillfast.reviews.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** An expert's rating: the average (two decimals), the count and how many reviews gave each number of stars. */
public record RatingSummary(double average, int count, Map<String, Integer> distribution) {

    /** From the aggregate's sum and count (an average of nothing is 0). */
    public static RatingSummary of(long sum, int count, Map<Integer, Integer> distribution) {
        Map<String, Integer> stars = new LinkedHashMap<>();
        for (int s = 1; s <= 5; s++) {
            stars.put(String.valueOf(s), Math.max(0, distribution.getOrDefault(s, 0)));
        }
        return new RatingSummary(average(sum, count), Math.max(0, count), stars);
    }

    public static double average(long sum, int count) {
        return count <= 0 ? 0.0
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP).doubleValue();
    }
}
