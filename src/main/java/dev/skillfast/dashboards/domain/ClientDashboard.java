package dev.skillfast.dashboards.domain;

import java.util.List;

/**
 * A client's own spending: every month (yyyy-MM) of the period and per expert, minor units of
 * {@code currency}. Spending is what the sessions came to, whoever paid (the wallet or a cost centre).
 */
public record ClientDashboard(String from, String to, String currency, Totals totals, List<Month> months,
                              List<Expert> experts) {

    public record Totals(long sessions, double minutes, long spent) {
    }

    public record Month(String month, long sessions, double minutes, long spent) {
    }

    public record Expert(String expertId, String name, long sessions, double minutes, long spent) {
    }
}
