package dev.skillfast.dashboards.domain;

import java.util.List;

/** What the rollups' pipelines answer: durations in seconds, amounts in minor units of the asked currency. */
public final class DashboardRows {

    private DashboardRows() {
    }

    /** Seconds of settled sessions per channel on one day. */
    public record ChannelDay(String day, long chat, long audio, long video) {
    }

    public record CategoryRow(String category, long sessions, long seconds, long turnover, long commission) {
    }

    /** An expert's sessions, seconds and earnings, and the stars and reviews they received. */
    public record ExpertRow(String expertId, String name, long sessions, long seconds, long earning, long stars, long reviews) {
    }

    /** Sessions settled and requests decided over the period. */
    public record Totals(long sessions, long seconds, long turnover, long commission, long accepted, long declined,
                         long expired, long cancelled, long acceptSeconds) {
    }

    /** The administrators' period: days with any figure (missing days had none), and every expert in it. */
    public record AdminRows(List<ChannelDay> days, List<CategoryRow> categories, List<ExpertRow> experts, Totals totals) {
    }

    /** One ISO week (its Monday) of an expert. */
    public record WeekRow(String week, long sessions, long seconds, long earning, long stars, long reviews) {
    }

    /** One month (yyyy-MM) of a client. */
    public record MonthRow(String month, long sessions, long seconds, long spent) {
    }

    /** What a client spent with one expert over the period. */
    public record SpendRow(String expertId, String name, long sessions, long seconds, long spent) {
    }

    public record ClientRows(List<MonthRow> months, List<SpendRow> experts) {
    }
}
