package dev.skillfast.dashboards.domain;

import java.util.List;

/** An expert's own dashboard: every ISO week (its Monday) of the period, minor units of {@code currency}. */
public record ExpertDashboard(String from, String to, String currency, Totals totals, List<Week> weeks) {

    /** {@code averageRating}: of the reviews received in the period, null without any. */
    public record Totals(long sessions, double minutes, long earnings, long reviews, Double averageRating) {
    }

    /**
     * {@code averageRating}: of that week's reviews (null without any); {@code cumulativeRating}: of every
     * review up to the end of that week (null before the first).
     */
    public record Week(String week, long sessions, double minutes, long earnings, long reviews, Double averageRating,
                       Double cumulativeRating) {
    }
}
