package dev.skillfast.dashboards.domain;

import java.util.Map;

/**
 * What one event adds to one rollup document: counters to increment (dotted paths) and names to keep
 * (an expert's display name as the last session showed it).
 */
public record RollupChange(Rollup rollup, String id, Map<String, Long> increments, Map<String, String> names) {
}
