package dev.skillfast.reviews.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one review event does to an expert's rating aggregate: deltas of the sum of stars, of the count
 * and of the per-star distribution. Applied with one atomic {@code $inc}, so concurrent reviews add up
 * whatever their order.
 */
public record RatingChange(long sum, int count, Map<Integer, Integer> distribution) {

    public static RatingChange added(int stars) {
        return new RatingChange(stars, 1, Map.of(stars, 1));
    }

    public static RatingChange removed(int stars) {
        return new RatingChange(-stars, -1, Map.of(stars, -1));
    }

    /** An edit from {@code before} to {@code after} stars of a counted review. */
    public static RatingChange edited(int before, int after) {
        if (before == after) {
            return none();
        }
        Map<Integer, Integer> distribution = new TreeMap<>();
        distribution.put(before, -1);
        distribution.put(after, 1);
        return new RatingChange(after - before, 0, distribution);
    }

    public static RatingChange none() {
        return new RatingChange(0, 0, Map.of());
    }

    public boolean isNone() {
        return sum == 0 && count == 0 && distribution.values().stream().allMatch(d -> d == 0);
    }
}
