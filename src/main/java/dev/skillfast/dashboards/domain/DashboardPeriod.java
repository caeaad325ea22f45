package dev.skillfast.dashboards.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import dev.skillfast.platform.errors.InvalidInputException;

/**
 * A dashboard's period, UTC dates inclusive, with each dashboard's default and longest span: the last 30
 * days (at most 366) for administrators, the last 12 ISO weeks (at most 104) for an expert, the last 12
 * months (at most 36) for a client.
 */
public record DashboardPeriod(LocalDate from, LocalDate to) {

    static final int ADMIN_MAX_DAYS = 366;
    static final int EXPERT_MAX_WEEKS = 104;
    static final int CLIENT_MAX_MONTHS = 36;

    public static DashboardPeriod days(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.minusDays(29) : from;
        return checked(first, last, ChronoUnit.DAYS.between(first, last) + 1, ADMIN_MAX_DAYS, "days");
    }

    /** Whole ISO weeks: from the Monday of {@code from}'s week. */
    public static DashboardPeriod weeks(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate last = to == null ? today : to;
        LocalDate first = monday(from == null ? last.minusWeeks(11) : from);
        return checked(first, last, ChronoUnit.WEEKS.between(first, monday(last)) + 1, EXPERT_MAX_WEEKS, "weeks");
    }

    /** Whole months: from the first of {@code from}'s month. */
    public static DashboardPeriod months(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate last = to == null ? today : to;
        LocalDate first = (from == null ? last.minusMonths(11) : from).withDayOfMonth(1);
        return checked(first, last, ChronoUnit.MONTHS.between(first, last.withDayOfMonth(1)) + 1, CLIENT_MAX_MONTHS, "months");
    }

    private static DashboardPeriod checked(LocalDate first, LocalDate last, long span, int max, String unit) {
        if (first.isAfter(last)) {
            throw new InvalidInputException("from", "must not be after to");
        }
        if (span > max) {
            throw new InvalidInputException("from", "the period may span at most " + max + " " + unit);
        }
        return new DashboardPeriod(first, last);
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Every day of the period (yyyy-MM-dd). */
    public List<String> eachDay() {
        List<String> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(d.toString());
        }
        return days;
    }

    /** The Monday of every ISO week of the period. */
    public List<String> eachWeek() {
        List<String> weeks = new ArrayList<>();
        for (LocalDate d = monday(from); !d.isAfter(to); d = d.plusWeeks(1)) {
            weeks.add(d.toString());
        }
        return weeks;
    }

    /** Every month of the period (yyyy-MM). */
    public List<String> eachMonth() {
        List<String> months = new ArrayList<>();
        for (LocalDate d = from.withDayOfMonth(1); !d.isAfter(to); d = d.plusMonths(1)) {
            months.add(d.toString().substring(0, 7));
        }
        return months;
    }
}
