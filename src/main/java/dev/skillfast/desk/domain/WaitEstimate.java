package dev.skillfast.desk.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The estimated wait of a position in a category's queue, from its recent picks: the position times the
 * median time between consecutive picks; with a single recent pick, that pick's own wait. No recent pick:
 * no estimate (the web app says so rather than inventing one).
 */
public final class WaitEstimate {

    private WaitEstimate() {
    }

    /**
     * @param recentPicks the category's recent picks, any order
     * @param position    1 for the first in the queue
     */
    public static Optional<Duration> of(List<DeskRequest> recentPicks, int position) {
        if (recentPicks.isEmpty() || position < 1) {
            return Optional.empty();
        }
        if (recentPicks.size() == 1) {
            return Optional.of(recentPicks.get(0).waited().multipliedBy(position));
        }
        List<Instant> times = new ArrayList<>(recentPicks.stream().map(DeskRequest::endedAt).toList());
        Collections.sort(times);
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            gaps.add(Duration.between(times.get(i - 1), times.get(i)));
        }
        return Optional.of(median(gaps).multipliedBy(position));
    }

    /** The median of some durations (the lower middle one of an even count). */
    static Duration median(List<Duration> values) {
        List<Duration> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((sorted.size() - 1) / 2);
    }
}
