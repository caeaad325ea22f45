package dev.skillfast.reviews.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import dev.skillfast.experts.domain.RatingTotals;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionCharges;
import dev.skillfast.sessions.domain.SessionState;

/** Who may review what, and until when. */
public final class ReviewRules {

    private ReviewRules() {
    }

    /** An ENDED session that ran at least one unit (free ones count), as billing reports it. */
    public static boolean reviewable(Session session, SessionCharges charges) {
        return session.state() == SessionState.ENDED && session.startedAt() != null && charges.unitsBilled() >= 1;
    }

    /** Editable until {@code window} after it was written. */
    public static boolean editable(Review review, Instant now, Duration window) {
        return now.isBefore(editableUntil(review, window));
    }

    public static Instant editableUntil(Review review, Duration window) {
        return review.createdAt().plus(window);
    }

    /** "48 hours", "30 minutes": for messages. */
    static String describe(Duration window) {
        if (window.toHours() >= 1 && window.toMinutesPart() == 0) {
            return window.toHours() + (window.toHours() == 1 ? " hour" : " hours");
        }
        long minutes = Math.max(1, window.toMinutes());
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    static boolean same(RatingTotals a, RatingTotals b) {
        return a.sum() == b.sum() && a.count() == b.count() && nonZero(a.distribution()).equals(nonZero(b.distribution()));
    }

    private static Map<Integer, Integer> nonZero(Map<Integer, Integer> distribution) {
        Map<Integer, Integer> kept = new java.util.TreeMap<>();
        distribution.forEach((stars, n) -> {
            if (!Objects.equals(n, 0)) {
                kept.put(stars, n);
            }
        });
        return kept;
    }
}
