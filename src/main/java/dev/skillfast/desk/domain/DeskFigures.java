package dev.skillfast.desk.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The desk's figures for administrators, per category: waiting now, and since the start of the day, the
 * requests picked and abandoned (cancelled by their client, or expired) and the wait of the picked ones
 * (50th and 90th percentile, nearest rank).
 */
public record DeskFigures(String category, int waiting, int picked, int cancelled, int expired, Long waitP50Seconds,
                          Long waitP90Seconds) {

    /** Figures for every category that has a waiting request or one that left the queue in the period. */
    public static List<DeskFigures> of(Collection<DeskRequest> waitingNow, Collection<DeskRequest> endedInPeriod) {
        Map<String, List<DeskRequest>> waiting = byCategory(waitingNow);
        Map<String, List<DeskRequest>> ended = byCategory(endedInPeriod);
        TreeMap<String, Boolean> categories = new TreeMap<>();
        waiting.keySet().forEach(c -> categories.put(c, true));
        ended.keySet().forEach(c -> categories.put(c, true));
        List<DeskFigures> figures = new ArrayList<>();
        for (String category : categories.keySet()) {
            List<DeskRequest> done = ended.getOrDefault(category, List.of());
            List<Duration> waits = new ArrayList<>(done.stream().filter(r -> r.state() == DeskState.PICKED)
                    .map(DeskRequest::waited).toList());
            Collections.sort(waits);
            figures.add(new DeskFigures(category, waiting.getOrDefault(category, List.of()).size(), waits.size(),
                    count(done, DeskState.CANCELLED), count(done, DeskState.EXPIRED), percentile(waits, 50),
                    percentile(waits, 90)));
        }
        return figures;
    }

    /** The nearest-rank percentile of sorted durations, in seconds; null for none. */
    static Long percentile(List<Duration> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)).toSeconds();
    }

    private static int count(List<DeskRequest> requests, DeskState state) {
        return (int) requests.stream().filter(r -> r.state() == state).count();
    }

    private static Map<String, List<DeskRequest>> byCategory(Collection<DeskRequest> requests) {
        Map<String, List<DeskRequest>> by = new TreeMap<>();
        requests.forEach(r -> by.computeIfAbsent(r.category(), c -> new ArrayList<>()).add(r));
        return by;
    }
}
