package dev.skillfast.dashboards.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.skillfast.reviews.domain.Review;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.Settlement;

/**
 * The counters each event adds to the rollups (see the package notes for the layout). Pure: the recorder
 * and the replay both use it, so live figures and replayed ones are counted alike.
 */
public final class RollupChanges {

    /** The category key of a session whose expert had none. */
    public static final String NO_CATEGORY = "_";

    private RollupChanges() {
    }

    /** A settled session: on the day, in the ISO week and in the month it ended (UTC). */
    public static List<RollupChange> settled(Session s, Settlement bill, String category) {
        Instant ended = s.endedAt();
        String cur = key(bill.currency());
        String cat = "category." + key(category == null || category.isBlank() ? NO_CATEGORY : category);
        Counters day = new Counters()
                .add("channel." + s.channel().name(), bill.durationSeconds())
                .add(cat, bill.durationSeconds()).money(cat + ".turnover." + cur, bill.total())
                .money(cat + ".commission." + cur, bill.commission())
                .add("total", bill.durationSeconds()).money("total.turnover." + cur, bill.total())
                .money("total.commission." + cur, bill.commission());
        String week = "week." + week(ended);
        Counters expertWeek = new Counters().add(week, bill.durationSeconds()).money(week + ".earning." + cur, bill.expertEarning());
        String month = "month." + month(ended);
        String monthExpert = month + ".expert." + key(s.expertId());
        Counters clientMonth = new Counters().add(month, bill.durationSeconds()).money(month + ".spent." + cur, bill.total())
                .add(monthExpert, bill.durationSeconds()).money(monthExpert + ".spent." + cur, bill.total());
        // a name to keep, when the session has one
        Map<String, String> name = s.expert().name() == null ? Map.of() : Map.of("name", s.expert().name());
        Counters expertDay = new Counters().add("", bill.durationSeconds()).money("earning." + cur, bill.expertEarning());
        return List.of(new RollupChange(Rollup.DAY, day(ended), day.values, Map.of()),
                expertMonth(s.expertId(), ended, expertDay, name),
                new RollupChange(Rollup.EXPERT, s.expertId(), expertWeek.values, Map.of()),
                new RollupChange(Rollup.CLIENT, s.clientId(), clientMonth.values,
                        name.isEmpty() ? Map.of() : Map.of("name." + key(s.expertId()), name.get("name"))));
    }

    /** A request's decision, on the day it was decided; accepted ones with their time to accept. */
    public static Optional<RollupChange> decided(Session s) {
        Counters c = new Counters();
        Instant at;
        switch (s.state()) {
            case ACTIVE, ENDED -> {
                if (s.startedAt() == null) {
                    return Optional.empty();
                }
                at = s.startedAt();
                c.money("requests.accepted", 1).money("requests.acceptSeconds",
                        Math.max(0, Duration.between(s.requestedAt(), at).toSeconds()));
            }
            case DECLINED, EXPIRED, CANCELLED -> {
                at = s.endedAt() != null ? s.endedAt() : s.requestedAt();
                c.money("requests." + s.state().name().toLowerCase(java.util.Locale.ROOT), 1);
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(new RollupChange(Rollup.DAY, day(at), c.values, Map.of()));
    }

    /** A review's stars, on the day and in the week it was posted. */
    public static List<RollupChange> reviewed(Review r) {
        String week = "week." + week(r.createdAt());
        return List.of(expertMonth(r.expertId(), r.createdAt(), new Counters().money("stars", r.rating()).money("reviews", 1), Map.of()),
                new RollupChange(Rollup.EXPERT, r.expertId(), new Counters().money(week + ".stars", r.rating())
                        .money(week + ".reviews", 1).values, Map.of()));
    }

    /**
     * An expert's month: a small document of its own (not a map inside the day's, because the embedded store's
     * {@code $unwind} copies the whole document for every element it unwinds) with the month's total, which a
     * period of whole months reads, and its running totals from the first of the month to each day ({@code upTo},
     * two digits: the event's day and every later day of the month), so a period that cuts the month reads two
     * of them instead of adding up each day.
     */
    private static RollupChange expertMonth(String expertId, Instant at, Counters counters, Map<String, String> sets) {
        Map<String, String> keys = new java.util.HashMap<>(sets);
        keys.put("month", month(at));
        keys.put("expertId", expertId);
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        Map<String, Long> increments = new LinkedHashMap<>();
        counters.values.forEach((path, by) -> {
            increments.put("total." + path, by);
            for (int d = day.getDayOfMonth(); d <= day.lengthOfMonth(); d++) {
                increments.put(String.format(java.util.Locale.ROOT, "upTo.%02d.%s", d, path), by);
            }
        });
        return new RollupChange(Rollup.EXPERT_MONTH_TO_DATE, month(at) + "|" + expertId, increments, keys);
    }

    public static String day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }

    /** The Monday (UTC) of the ISO week. */
    public static String week(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
    }

    public static String month(Instant at) {
        return day(at).substring(0, 7);
    }

    /** A field name from an id: MongoDB field names may not hold dots nor start with a dollar. */
    public static String key(String raw) {
        return raw.replace('.', '_').replace('$', '_');
    }

    /** Increments in the order they were added. */
    private static final class Counters {
        final Map<String, Long> values = new LinkedHashMap<>();

        /** One more session of this many seconds under {@code prefix} (at the top level when empty). */
        Counters add(String prefix, long seconds) {
            String at = prefix.isEmpty() ? "" : prefix + ".";
            values.merge(at + "sessions", 1L, Long::sum);
            values.merge(at + "seconds", seconds, Long::sum);
            return this;
        }

        Counters money(String path, long amount) {
            values.merge(path, amount, Long::sum);
            return this;
        }
    }
}
