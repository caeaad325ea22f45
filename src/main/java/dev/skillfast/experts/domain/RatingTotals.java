package dev.skillfast.experts.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** An expert's rating aggregate: the sum of stars, the count and the count per star (1–5). */
public record RatingTotals(long sum, int count, Map<Integer, Integer> distribution) {

    /** The average of {@code count} ratings adding up to {@code sum}, to two decimals (0 without any). */
    public static double averageOf(long sum, int count) {
        return count <= 0 ? 0.0 : BigDecimal.valueOf(sum)
                .divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP).doubleValue();
    }
}
