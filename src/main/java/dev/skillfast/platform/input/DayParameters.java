package dev.skillfast.platform.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import dev.skillfast.platform.errors.InvalidInputException;

/** Date query parameters ({@code from}, {@code to}: yyyy-mm-dd, UTC, both inclusive) as instants. */
public final class DayParameters {

    private DayParameters() {
    }

    /** The date itself; null when absent. */
    public static LocalDate date(String value, String field) {
        Instant start = day(value, field, 0);
        return start == null ? null : LocalDate.ofInstant(start, ZoneOffset.UTC);
    }

    /** The start of that day plus {@code plusDays} (1 for an inclusive {@code to}); null when absent. */
    public static Instant day(String value, String field, int plusDays) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value).plusDays(plusDays).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date like 2026-11-28");
        }
    }
}
