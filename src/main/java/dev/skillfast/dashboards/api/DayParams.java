package dev.skillfast.dashboards.api;

import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.skillfast.platform.input.DayParameters;

/** {@code from}/{@code to} query parameters as dates (yyyy-mm-dd), null when absent. */
final class DayParams {

    private DayParams() {
    }

    static LocalDate day(String value, String field) {
        var start = DayParameters.day(value, field, 0);
        return start == null ? null : LocalDate.ofInstant(start, ZoneOffset.UTC);
    }
}
