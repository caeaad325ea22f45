package dev.skillfast.dashboards.domain;

import java.util.List;

/**
 * The administrators' dashboard over a period (UTC days, inclusive): minutes with one decimal, amounts in
 * minor units of {@code currency}. Optional figures (an average of nothing) are null.
 */
public record AdminDashboard(String from, String to, String currency, Totals totals, List<ChannelMinutes> minutesPerDay,
                             List<Category> categories, List<ExpertMinutes> topExpertsByMinutes,
                             List<ExpertRating> topExpertsByRating, Requests requests, NewUsers newUsers) {

    public record Totals(long sessions, double minutes, long turnover, long commission) {
    }

    public record ChannelMinutes(String day, double chat, double audio, double video) {
    }

    /** {@code category} is the slug, empty for sessions whose expert had none. */
    public record Category(String category, long sessions, double minutes, long turnover, long commission) {
    }

    public record ExpertMinutes(String expertId, String name, long sessions, double minutes, long earnings) {
    }

    /** Reviews received in the period and their average stars (two decimals). */
    public record ExpertRating(String expertId, String name, long reviews, double average) {
    }

    /**
     * Requests decided in the period. The rate is accepted / (accepted + declined + expired), a fraction with
     * three decimals; cancellations are the client's and do not count against the experts.
     */
    public record Requests(long accepted, long declined, long expired, long cancelled, Double acceptanceRate,
                           Double averageSecondsToAccept) {
    }

    public record NewUsers(long clients, long experts, List<NewUsersDay> perDay) {
    }

    public record NewUsersDay(String day, long clients, long experts) {
    }
}
