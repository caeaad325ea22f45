package dev.skillfast.dashboards.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.skillfast.accounts.domain.Role;
import dev.skillfast.accounts.domain.SignUps;
import dev.skillfast.dashboards.domain.DashboardRows.AdminRows;
import dev.skillfast.dashboards.domain.DashboardRows.ChannelDay;
import dev.skillfast.dashboards.domain.DashboardRows.ExpertRow;
import dev.skillfast.dashboards.domain.DashboardRows.Totals;

/** Turns the pipelines' rows into the administrators' dashboard: every day filled in, tops ranked, ratios taken. */
final class DashboardFolds {

    static final int TOP = 10;

    private DashboardFolds() {
    }

    /** @param names an expert's name when the rollup has none (reviewed but no session in the period) */
    static AdminDashboard admin(DashboardPeriod period, String currency, AdminRows rows, List<SignUps.Day> signUps,
                                UnaryOperator<String> names) {
        Map<String, ChannelDay> byDay = new HashMap<>();
        rows.days().forEach(d -> byDay.put(d.day(), d));
        List<AdminDashboard.ChannelMinutes> minutes = new ArrayList<>();
        for (String day : period.eachDay()) {
            ChannelDay d = byDay.getOrDefault(day, new ChannelDay(day, 0, 0, 0));
            minutes.add(new AdminDashboard.ChannelMinutes(day, minutes(d.chat()), minutes(d.audio()), minutes(d.video())));
        }
        List<AdminDashboard.Category> categories = rows.categories().stream().filter(c -> c.sessions() > 0)
                .map(c -> new AdminDashboard.Category(RollupChanges.NO_CATEGORY.equals(c.category()) ? "" : c.category(),
                        c.sessions(), minutes(c.seconds()), c.turnover(), c.commission()))
                .sorted(Comparator.comparingLong(AdminDashboard.Category::turnover).reversed()
                        .thenComparing(Comparator.comparingLong(AdminDashboard.Category::sessions).reversed())
                        .thenComparing(AdminDashboard.Category::category))
                .toList();
        List<AdminDashboard.ExpertMinutes> byMinutes = rows.experts().stream().filter(e -> e.sessions() > 0)
                .sorted(Comparator.comparingLong(ExpertRow::seconds).reversed().thenComparing(ExpertRow::expertId))
                .limit(TOP).map(e -> new AdminDashboard.ExpertMinutes(e.expertId(), name(e, names), e.sessions(),
                        minutes(e.seconds()), e.earning())).toList();
        List<AdminDashboard.ExpertRating> byRating = rows.experts().stream().filter(e -> e.reviews() > 0)
                .sorted(Comparator.comparingDouble((ExpertRow e) -> (double) e.stars() / e.reviews()).reversed()
                        .thenComparing(Comparator.comparingLong(ExpertRow::reviews).reversed()).thenComparing(ExpertRow::expertId))
                .limit(TOP).map(e -> new AdminDashboard.ExpertRating(e.expertId(), name(e, names), e.reviews(),
                        round((double) e.stars() / e.reviews(), 100))).toList();
        Totals t = rows.totals();
        return new AdminDashboard(period.from().toString(), period.to().toString(), currency,
                new AdminDashboard.Totals(t.sessions(), minutes(t.seconds()), t.turnover(), t.commission()), minutes, categories,
                byMinutes, byRating, requests(t), newUsers(period, signUps));
    }

    static AdminDashboard.Requests requests(Totals t) {
        long decided = t.accepted() + t.declined() + t.expired();
        return new AdminDashboard.Requests(t.accepted(), t.declined(), t.expired(), t.cancelled(),
                decided == 0 ? null : round((double) t.accepted() / decided, 1000),
                t.accepted() == 0 ? null : round((double) t.acceptSeconds() / t.accepted(), 10));
    }

    static AdminDashboard.NewUsers newUsers(DashboardPeriod period, List<SignUps.Day> signUps) {
        Map<String, long[]> byDay = new HashMap<>();
        for (SignUps.Day d : signUps) {
            long[] counts = byDay.computeIfAbsent(d.day(), k -> new long[2]);
            if (d.role() == Role.CLIENT) {
                counts[0] += d.count();
            } else if (d.role() == Role.EXPERT) {
                counts[1] += d.count();
            }
        }
        List<AdminDashboard.NewUsersDay> perDay = new ArrayList<>();
        long clients = 0;
        long experts = 0;
        for (String day : period.eachDay()) {
            long[] counts = byDay.getOrDefault(day, new long[2]);
            perDay.add(new AdminDashboard.NewUsersDay(day, counts[0], counts[1]));
            clients += counts[0];
            experts += counts[1];
        }
        return new AdminDashboard.NewUsers(clients, experts, perDay);
    }

    private static String name(ExpertRow e, UnaryOperator<String> names) {
        return e.name() != null ? e.name() : names.apply(e.expertId());
    }

    /** Seconds as minutes with one decimal. */
    static double minutes(long seconds) {
        return Math.round(seconds / 6.0) / 10.0;
    }

    static double round(double value, int scale) {
        return (double) Math.round(value * scale) / scale;
    }
}
