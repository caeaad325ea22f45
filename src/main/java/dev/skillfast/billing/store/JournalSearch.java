package dev.skillfast.billing.store;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

import dev.skillfast.billing.domain.AccountIds;
import dev.skillfast.billing.domain.EntryStatus;
import dev.skillfast.billing.domain.EntryType;
import dev.skillfast.billing.domain.JournalQuery;
import dev.skillfast.billing.domain.TurnoverRow;

/**
 * The administrators' reading of the journal ({@code transactions}): any entry by type, status, account,
 * session and time, and session charges summed per day by an aggregation pipeline (one that the embedded
 * store answers too: {@code $dateToString}, {@code $unwind}, {@code $group} with {@code $cond}).
 */
@ApplicationScoped
public class JournalSearch {

    @Inject
    MongoDatabase database;

    public JournalSearch() {
    }

    public JournalSearch(MongoDatabase database) {
        this.database = database;
    }

    public List<dev.skillfast.billing.domain.JournalEntry> find(JournalQuery query, int page, int size) {
        return entries().find(filter(query)).sort(Sorts.descending("createdAt")).skip(page * size).limit(size)
                .map(JournalStore::toEntry).into(new ArrayList<>());
    }

    public long count(JournalQuery query) {
        return entries().countDocuments(filter(query));
    }

    /** Every matching entry, newest first, streamed (CSV). */
    public void each(JournalQuery query, Consumer<dev.skillfast.billing.domain.JournalEntry> each) {
        entries().find(filter(query)).sort(Sorts.descending("createdAt")).batchSize(500)
                .forEach(d -> each.accept(JournalStore.toEntry(d)));
    }

    /**
     * Applied session charges in {@code currency} between {@code from} (inclusive) and {@code to} (exclusive),
     * one row per UTC day that has any, oldest first.
     */
    public List<TurnoverRow> dailyTurnover(String currency, Instant from, Instant to) {
        String commission = AccountIds.commission(currency);
        Document amount = new Document("$abs", "$postings.amount");
        Document paid = new Document("$lt", List.of("$postings.amount", 0));
        Document toCommission = new Document("$eq", List.of("$postings.account", commission));
        Document toExpert = new Document("$and", List.of(new Document("$gt", List.of("$postings.amount", 0)),
                new Document("$ne", List.of("$postings.account", commission))));
        List<Bson> pipeline = List.of(
                Aggregates.match(Filters.and(eq("currency", currency), filter(new JournalQuery(EntryType.SESSION_CHARGE,
                        EntryStatus.APPLIED, null, null, from, to)))),
                new Document("$project", new Document("postings", 1).append("day",
                        new Document("$dateToString", new Document("format", "%Y-%m-%d").append("date", "$createdAt")))),
                new Document("$unwind", "$postings"),
                new Document("$group", new Document("_id", "$day")
                        .append("charges", sum(new Document("$cond", List.of(paid, 1, 0))))
                        .append("turnover", sum(new Document("$cond", List.of(paid, amount, 0))))
                        .append("commission", sum(new Document("$cond", List.of(toCommission, "$postings.amount", 0))))
                        .append("earnings", sum(new Document("$cond", List.of(toExpert, "$postings.amount", 0))))),
                new Document("$sort", new Document("_id", 1)));
        List<TurnoverRow> rows = new ArrayList<>();
        for (Document d : entries().aggregate(pipeline)) {
            String day = d.getString("_id");
            rows.add(new TurnoverRow(day, LocalDate.parse(day), number(d, "charges"), number(d, "turnover"),
                    number(d, "commission"), number(d, "earnings")));
        }
        return rows;
    }

    private static Document sum(Object expression) {
        return new Document("$sum", expression);
    }

    private static long number(Document d, String field) {
        Object value = d.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }

    private com.mongodb.client.MongoCollection<Document> entries() {
        return database.getCollection(JournalStore.COLLECTION);
    }

    private static Bson filter(JournalQuery q) {
        List<Bson> filters = new ArrayList<>();
        if (q.type() != null) {
            filters.add(eq("type", q.type().name()));
        }
        if (q.status() != null) {
            filters.add(eq("status", q.status().name()));
        }
        if (q.account() != null) {
            filters.add(eq("accounts", q.account()));
        }
        if (q.sessionId() != null) {
            filters.add(eq("sessionId", q.sessionId()));
        }
        if (q.from() != null) {
            filters.add(Filters.gte("createdAt", Date.from(q.from())));
        }
        if (q.to() != null) {
            filters.add(Filters.lt("createdAt", Date.from(q.to())));
        }
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }
}
