package dev.skillfast.dashboards.domain;

import java.util.Map;

/**
 * What one event adds to one rollup document: counters to increment (dotted paths) and values to set (the
 * keys a pipeline matches on, an expert's display name as the last session showed it).
 */
public record RollupChange(Rollup rollup, String id, Map<String, Long> increments, Map<String, String> sets) {
}
