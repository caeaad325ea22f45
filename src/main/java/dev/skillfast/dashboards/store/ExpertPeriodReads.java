package dev.skillfast.dashboards.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import com.mongodb.client.MongoDatabase;

import dev.skillfast.dashboards.domain.DashboardRows.ExpertRow;
import dev.skillfast.dashboards.domain.Rollup;

/**
 * Every expert's figures over a period, from their months: the months the period covers whole from their
 * totals, the one or two it cuts from two running totals each, in one pipeline. So a year reads about
 * thirteen small documents per expert, not 365, and evaluates a few fields of each (the embedded store
 * resolves every field path anew, so a sum over each day of a cut month cost most of the read).
 */
final class ExpertPeriodReads {

    private static final List<String> FIGURES = List.of("sessions", "seconds", "stars", "reviews");

    private ExpertPeriodReads() {
    }

    static List<ExpertRow> over(MongoDatabase database, LocalDate first, LocalDate last, String cur) {
        List<String> whole = new ArrayList<>();
        Document facets = new Document();
        for (LocalDate month = first.withDayOfMonth(1); !month.isAfter(last); month = month.plusMonths(1)) {
            LocalDate monthEnd = month.plusMonths(1).minusDays(1);
            LocalDate from = month.isBefore(first) ? first : month;
            LocalDate to = monthEnd.isAfter(last) ? last : monthEnd;
            String key = month.toString().substring(0, 7);
            if (from.equals(month) && to.equals(monthEnd)) {
                whole.add(key);
            } else { // at most two: the first and the last month
                facets.append("cut" + facets.size(), List.of(new Document("$match", new Document("month", key)), daysGroup(from, to, cur)));
            }
        }
        facets.append("whole", List.of(new Document("$match", new Document("month", new Document("$in", whole))), totalsGroup(cur)));
        List<Document> pipeline = List.of(new Document("$match", new Document("month",
                new Document("$gte", first.toString().substring(0, 7)).append("$lte", last.toString().substring(0, 7)))),
                new Document("$facet", facets));
        Document result = DashboardStore.collection(database, Rollup.EXPERT_MONTH_TO_DATE).aggregate(pipeline).first();
        Map<String, ExpertRow> experts = new LinkedHashMap<>();
        if (result != null) {
            for (String part : facets.keySet()) {
                for (Document e : result.getList(part, Document.class, List.of())) {
                    experts.merge(e.getString("_id"), row(e), ExpertPeriodReads::plus);
                }
            }
        }
        return new ArrayList<>(experts.values());
    }

    private static Document totalsGroup(String cur) {
        return group(figure -> "$total." + figure, cur);
    }

    /**
     * The days {@code from}–{@code to} of one month per document: the running total to {@code to} less the one
     * to the day before {@code from} (absent: nothing counted yet that month). Two fields, not one per day.
     */
    private static Document daysGroup(LocalDate from, LocalDate to, String cur) {
        return group(figure -> {
            Document upToLast = upTo(to, figure);
            return from.getDayOfMonth() == 1 ? upToLast : new Document("$subtract", List.of(upToLast, upTo(from.minusDays(1), figure)));
        }, cur);
    }

    private static Document upTo(LocalDate day, String figure) {
        return new Document("$ifNull", List.of("$upTo." + day.toString().substring(8) + "." + figure, 0));
    }

    private static Document group(java.util.function.Function<String, Object> figureOf, String cur) {
        Document group = new Document("_id", "$expertId").append("name", new Document("$max", "$name"))
                .append("earning", new Document("$sum", figureOf.apply("earning." + cur)));
        FIGURES.forEach(f -> group.append(f, new Document("$sum", figureOf.apply(f))));
        return new Document("$group", group);
    }

    private static ExpertRow row(Document e) {
        return new ExpertRow(e.getString("_id"), e.getString("name"), number(e, "sessions"), number(e, "seconds"),
                number(e, "earning"), number(e, "stars"), number(e, "reviews"));
    }

    private static ExpertRow plus(ExpertRow a, ExpertRow b) {
        return new ExpertRow(a.expertId(), a.name() != null ? a.name() : b.name(), a.sessions() + b.sessions(),
                a.seconds() + b.seconds(), a.earning() + b.earning(), a.stars() + b.stars(), a.reviews() + b.reviews());
    }

    static long number(Document d, String field) {
        Object value = d.get(field);
        return value instanceof Number n ? n.longValue() : 0L;
    }
}
