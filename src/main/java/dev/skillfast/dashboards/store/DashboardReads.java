package dev.skillfast.dashboards.store;

import static com.mongodb.client.model.Filters.eq;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;

import com.mongodb.client.MongoDatabase;

import dev.skillfast.dashboards.domain.DashboardRows.AdminRows;
import dev.skillfast.dashboards.domain.DashboardRows.CategoryRow;
import dev.skillfast.dashboards.domain.DashboardRows.ChannelDay;
import dev.skillfast.dashboards.domain.DashboardRows.ClientRows;
import dev.skillfast.dashboards.domain.DashboardRows.ExpertRow;
import dev.skillfast.dashboards.domain.DashboardRows.MonthRow;
import dev.skillfast.dashboards.domain.DashboardRows.SpendRow;
import dev.skillfast.dashboards.domain.DashboardRows.Totals;
import dev.skillfast.dashboards.domain.DashboardRows.WeekRow;
import dev.skillfast.dashboards.domain.Rollup;
import dev.skillfast.dashboards.domain.RollupChanges;

/**
 * Reads the rollups with aggregation pipelines that MongoDB and the embedded store both answer
 * ({@code $match $project $objectToArray $unwind $group $sort $facet}). Amounts are read in one currency,
 * an ISO code the API validated, escaped like every other field name.
 */
@ApplicationScoped
public class DashboardReads {

    @Inject
    MongoDatabase database;

    public DashboardReads() {
    }

    public DashboardReads(MongoDatabase database) {
        this.database = database;
    }

    /** The days from {@code from} to {@code to} (yyyy-MM-dd, inclusive) in one pipeline. */
    public AdminRows admin(String from, String to, String currency) {
        String cur = RollupChanges.key(currency);
        Document sums = new Document("_id", null).append("sessions", sum("$total.sessions")).append("seconds", sum("$total.seconds"))
                .append("turnover", sum("$total.turnover." + cur)).append("commission", sum("$total.commission." + cur));
        for (String decision : List.of("accepted", "declined", "expired", "cancelled", "acceptSeconds")) {
            sums.append(decision, sum("$requests." + decision));
        }
        Document facets = new Document("days", List.of(new Document("$project", new Document("chat", "$channel.CHAT.seconds")
                        .append("audio", "$channel.AUDIO.seconds").append("video", "$channel.VIDEO.seconds"))))
                .append("totals", List.of(new Document("$group", sums)))
                .append("categories", unwound("category", "c", new Document("sessions", sum("$c.v.sessions"))
                        .append("seconds", sum("$c.v.seconds")).append("turnover", sum("$c.v.turnover." + cur))
                        .append("commission", sum("$c.v.commission." + cur))));
        List<Document> pipeline = List.of(new Document("$match", new Document("_id", new Document("$gte", from).append("$lte", to))),
                new Document("$facet", facets));
        Document found = DashboardStore.collection(database, Rollup.DAY).aggregate(pipeline).first();
        // a $facet over no documents answers one document of empty lists on MongoDB, nothing on the embedded store
        Document result = found != null ? found : new Document("days", List.of()).append("categories", List.of())
                .append("totals", List.of());
        List<ChannelDay> days = new ArrayList<>();
        for (Document d : result.getList("days", Document.class)) {
            days.add(new ChannelDay(d.getString("_id"), number(d, "chat"), number(d, "audio"), number(d, "video")));
        }
        List<CategoryRow> categories = new ArrayList<>();
        for (Document c : result.getList("categories", Document.class)) {
            categories.add(new CategoryRow(c.getString("_id"), number(c, "sessions"), number(c, "seconds"), number(c, "turnover"),
                    number(c, "commission")));
        }
        List<ExpertRow> experts = ExpertPeriodReads.over(database, LocalDate.parse(from), LocalDate.parse(to), cur);
        List<Document> totals = result.getList("totals", Document.class);
        Document t = totals.isEmpty() ? new Document() : totals.get(0);
        return new AdminRows(days, categories, experts, new Totals(number(t, "sessions"), number(t, "seconds"),
                number(t, "turnover"), number(t, "commission"), number(t, "accepted"), number(t, "declined"),
                number(t, "expired"), number(t, "cancelled"), number(t, "acceptSeconds")));
    }

    /** Every week of an expert, oldest first (the rating over time needs the weeks before the period too). */
    public List<WeekRow> expertWeeks(String expertId, String currency) {
        String cur = RollupChanges.key(currency);
        List<Document> pipeline = List.of(new Document("$match", new Document("_id", expertId)),
                new Document("$project", new Document("w", new Document("$objectToArray", "$week"))),
                new Document("$unwind", "$w"),
                new Document("$project", new Document("week", "$w.k").append("sessions", "$w.v.sessions")
                        .append("seconds", "$w.v.seconds").append("earning", "$w.v.earning." + cur)
                        .append("stars", "$w.v.stars").append("reviews", "$w.v.reviews")),
                new Document("$sort", new Document("week", 1)));
        List<WeekRow> weeks = new ArrayList<>();
        for (Document w : DashboardStore.collection(database, Rollup.EXPERT).aggregate(pipeline)) {
            weeks.add(new WeekRow(w.getString("week"), number(w, "sessions"), number(w, "seconds"), number(w, "earning"),
                    number(w, "stars"), number(w, "reviews")));
        }
        return weeks;
    }

    /** A client's months from {@code from} to {@code to} (yyyy-MM, inclusive) and their spending per expert. */
    public ClientRows client(String clientId, String from, String to, String currency) {
        String cur = RollupChanges.key(currency);
        Document facets = new Document("months", List.of(new Document("$project", new Document("month", "$m.k")
                        .append("sessions", "$m.v.sessions").append("seconds", "$m.v.seconds").append("spent", "$m.v.spent." + cur))))
                .append("experts", List.of(new Document("$project", new Document("e", new Document("$objectToArray", "$m.v.expert"))),
                        new Document("$unwind", "$e"), new Document("$group", new Document("_id", "$e.k")
                                .append("sessions", sum("$e.v.sessions")).append("seconds", sum("$e.v.seconds"))
                                .append("spent", sum("$e.v.spent." + cur)))));
        List<Document> pipeline = List.of(new Document("$match", new Document("_id", clientId)),
                new Document("$project", new Document("m", new Document("$objectToArray", "$month"))),
                new Document("$unwind", "$m"),
                new Document("$match", new Document("m.k", new Document("$gte", from).append("$lte", to))),
                new Document("$facet", facets));
        var clients = DashboardStore.collection(database, Rollup.CLIENT);
        Document result = clients.aggregate(pipeline).first();
        Document doc = clients.find(eq("_id", clientId)).projection(new Document("name", 1)).first();
        Document names = doc == null || doc.get("name") == null ? new Document() : doc.get("name", Document.class);
        List<MonthRow> months = new ArrayList<>();
        List<SpendRow> experts = new ArrayList<>();
        if (result != null) {
            for (Document m : result.getList("months", Document.class)) {
                months.add(new MonthRow(m.getString("month"), number(m, "sessions"), number(m, "seconds"), number(m, "spent")));
            }
            for (Document e : result.getList("experts", Document.class)) {
                String id = e.getString("_id");
                experts.add(new SpendRow(id, names.getString(id), number(e, "sessions"), number(e, "seconds"), number(e, "spent")));
            }
        }
        return new ClientRows(months, experts);
    }

    /** {@code $project} a map as k/v pairs, {@code $unwind} them and {@code $group} by key. */
    private static List<Document> unwound(String map, String as, Document group) {
        Document byKey = new Document("_id", "$" + as + ".k");
        byKey.putAll(group);
        return List.of(new Document("$project", new Document(as, new Document("$objectToArray", "$" + map))),
                new Document("$unwind", "$" + as), new Document("$group", byKey));
    }

    private static Document sum(String path) {
        return new Document("$sum", path);
    }

    private static long number(Document d, String field) {
        return ExpertPeriodReads.number(d, field);
    }
}
