package dev.skillfast.dashboards.domain;

import static dev.skillfast.dashboards.domain.DashboardFolds.minutes;
import static dev.skillfast.dashboards.domain.DashboardFolds.round;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.skillfast.dashboards.domain.DashboardRows.ClientRows;
import dev.skillfast.dashboards.domain.DashboardRows.MonthRow;
import dev.skillfast.dashboards.domain.DashboardRows.WeekRow;

/** An expert's weeks and a client's months as their dashboards show them: every week or month filled in. */
final class PersonalFolds {

    private PersonalFolds() {
    }

    /** @param all every week of the expert, oldest first (the cumulative rating starts with the first review) */
    static ExpertDashboard expert(DashboardPeriod period, String currency, List<WeekRow> all) {
        Map<String, WeekRow> byWeek = new HashMap<>();
        all.forEach(w -> byWeek.put(w.week(), w));
        List<String> weeks = period.eachWeek();
        long stars = 0;
        long reviews = 0;
        for (WeekRow w : all) {
            if (w.week().compareTo(weeks.get(0)) < 0) { // reviews before the period count in the running average
                stars += w.stars();
                reviews += w.reviews();
            }
        }
        List<ExpertDashboard.Week> shown = new ArrayList<>();
        long sessions = 0;
        long seconds = 0;
        long earnings = 0;
        long periodStars = 0;
        long periodReviews = 0;
        for (String week : weeks) {
            WeekRow w = byWeek.getOrDefault(week, new WeekRow(week, 0, 0, 0, 0, 0));
            stars += w.stars();
            reviews += w.reviews();
            shown.add(new ExpertDashboard.Week(week, w.sessions(), minutes(w.seconds()), w.earning(), w.reviews(),
                    average(w.stars(), w.reviews()), average(stars, reviews)));
            sessions += w.sessions();
            seconds += w.seconds();
            earnings += w.earning();
            periodStars += w.stars();
            periodReviews += w.reviews();
        }
        return new ExpertDashboard(period.from().toString(), period.to().toString(), currency,
                new ExpertDashboard.Totals(sessions, minutes(seconds), earnings, periodReviews, average(periodStars, periodReviews)),
                shown);
    }

    static ClientDashboard client(DashboardPeriod period, String currency, ClientRows rows) {
        Map<String, MonthRow> byMonth = new HashMap<>();
        rows.months().forEach(m -> byMonth.put(m.month(), m));
        List<ClientDashboard.Month> months = new ArrayList<>();
        long sessions = 0;
        long seconds = 0;
        long spent = 0;
        for (String month : period.eachMonth()) {
            MonthRow m = byMonth.getOrDefault(month, new MonthRow(month, 0, 0, 0));
            months.add(new ClientDashboard.Month(month, m.sessions(), minutes(m.seconds()), m.spent()));
            sessions += m.sessions();
            seconds += m.seconds();
            spent += m.spent();
        }
        List<ClientDashboard.Expert> experts = rows.experts().stream().filter(e -> e.sessions() > 0)
                .sorted(java.util.Comparator.comparingLong(DashboardRows.SpendRow::spent).reversed()
                        .thenComparing(java.util.Comparator.comparingLong(DashboardRows.SpendRow::sessions).reversed())
                        .thenComparing(DashboardRows.SpendRow::expertId))
                .map(e -> new ClientDashboard.Expert(e.expertId(), e.name(), e.sessions(), minutes(e.seconds()), e.spent()))
                .toList();
        return new ClientDashboard(period.from().toString(), period.to().toString(), currency,
                new ClientDashboard.Totals(sessions, minutes(seconds), spent), months, experts);
    }

    private static Double average(long stars, long reviews) {
        return reviews == 0 ? null : round((double) stars / reviews, 100);
    }
}
