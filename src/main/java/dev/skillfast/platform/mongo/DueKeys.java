package dev.skillfast.platform.mongo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Keys for "what is due by now" queries: {@code <instant>|<id>}, the instant written at a fixed width
 * (millisecond precision, UTC) so that the keys sort by time as plain strings, and the id making each key
 * unique. Kept in a field that exists only while something is due, under a unique sparse index, and
 * queried with {@code $lt} {@link #dueBy}: one index range on either store (the rule and why:
 * {@code platform.mongo.embedded}).
 */
public final class DueKeys {

    private static final DateTimeFormatter FIXED_WIDTH =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private DueKeys() {
    }

    /** The key of {@code id}, due at {@code at} (to the millisecond). */
    public static String of(Instant at, String id) {
        return FIXED_WIDTH.format(at) + '|' + id;
    }

    /** A bound to query with {@code $lt}: every key due at or before {@code at} sorts below it, every later one above. */
    public static String dueBy(Instant at) {
        return FIXED_WIDTH.format(at.truncatedTo(ChronoUnit.MILLIS).plusMillis(1));
    }
}
