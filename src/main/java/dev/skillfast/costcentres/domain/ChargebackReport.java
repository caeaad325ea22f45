package dev.skillfast.costcentres.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a cost centre paid in one month, from its journal: every session charge booked to its budget in the
 * month, by session, person, expert and day. Amounts are positive minor units spent; they sum to the
 * journal's charges on the centre's account in the month.
 *
 * @param budget what the monthly budget is set to now
 */
public record ChargebackReport(String code, String name, String currency, String month, Instant from, Instant to,
                               long budget, long spent, int sessions, long minutes, List<Person> people,
                               List<Expert> experts, List<Day> days, List<Line> lines) {

    /** One member's sessions. */
    public record Person(String userId, String name, int sessions, long minutes, long amount) {
    }

    /** One expert's sessions paid by the centre. */
    public record Expert(String expertId, String name, int sessions, long minutes, long amount) {
    }

    /** What was charged on one day (in the centre's time zone). */
    public record Day(LocalDate date, long amount) {
    }

    /** One session: who, with whom, how long (charged minutes in the month) and what it cost the centre. */
    public record Line(String sessionId, String clientId, String clientName, String expertId, String expertName,
                       String channel, Instant startedAt, long minutes, long amount) {
    }
}
