package dev.skillfast.billing.domain;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.billing.store.JournalSearch;
import dev.skillfast.platform.errors.InvalidInputException;

/**
 * The books for administrators: the journal by any of its fields, and session turnover and the platform's
 * commission per day, ISO week or month (days summed in MongoDB, weeks and months folded from them here).
 */
@ApplicationScoped
public class Books {

    /** The longest period one turnover request covers. */
    static final int MAX_DAYS = 3 * 366;

    /** How turnover rows are cut. */
    public enum Period { DAY, WEEK, MONTH }

    /** Turnover rows of one currency between two days (both inclusive), with their totals; period day, week or month. */
    public record Turnover(String currency, String period, LocalDate from, LocalDate to, List<TurnoverRow> rows,
                           TurnoverRow totals) {
    }

    @Inject
    JournalSearch search;

    @Inject
    Clock clock;

    public List<JournalEntry> journal(JournalQuery query, int page, int size) {
        return search.find(query, page, size);
    }

    public long journalSize(JournalQuery query) {
        return search.count(query);
    }

    public void eachEntry(JournalQuery query, Consumer<JournalEntry> each) {
        search.each(query, each);
    }

    /** Turnover from {@code from} to {@code to} (default: the last 30 days up to today, UTC). */
    public Turnover turnover(Period period, String currency, LocalDate from, LocalDate to) {
        LocalDate last = to == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : to;
        LocalDate first = from == null ? last.minusDays(29) : from;
        if (first.isAfter(last)) {
            throw new InvalidInputException("from", "must not be after to");
        }
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            throw new InvalidInputException("from", "must be at most " + MAX_DAYS + " days before to");
        }
        Instant start = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<TurnoverRow> rows = fold(search.dailyTurnover(currency, start, end), period);
        TurnoverRow totals = rows.stream().reduce(new TurnoverRow("total", first, 0, 0, 0, 0), TurnoverRow::plus);
        return new Turnover(currency, period.name().toLowerCase(java.util.Locale.ROOT), first, last, rows, totals);
    }

    /** Days into weeks or months, in order. */
    static List<TurnoverRow> fold(List<TurnoverRow> days, Period period) {
        if (period == Period.DAY) {
            return days;
        }
        Map<String, TurnoverRow> folded = new LinkedHashMap<>();
        for (TurnoverRow day : days) {
            LocalDate start = period == Period.WEEK ? day.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    : day.start().withDayOfMonth(1);
            String label = period == Period.WEEK
                    ? String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                    : String.format("%d-%02d", start.getYear(), start.getMonthValue());
            TurnoverRow empty = new TurnoverRow(label, start, 0, 0, 0, 0);
            folded.merge(label, empty.plus(day), (a, b) -> a.plus(b));
        }
        return new ArrayList<>(folded.values());
    }
}
