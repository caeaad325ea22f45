package dev.skillfast.dashboards.store;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import dev.skillfast.dashboards.domain.Rollup;
import dev.skillfast.dashboards.domain.RollupChange;
import dev.skillfast.platform.mongo.DuplicateKeys;

/**
 * Writes the dashboards' rollups: every change is one {@code $inc} upsert of one document, so concurrent
 * events on any server add up; each event's mark in {@code dashboard_marks} makes it count once.
 */
@ApplicationScoped
public class DashboardStore {

    static final String DAYS = "dashboard_days";
    /** Not {@code dashboard_expert_months}: that earlier layout (each day's own figures) is no longer read. */
    static final String EXPERT_MONTHS = "dashboard_expert_months_to_date";
    static final String EXPERTS = "dashboard_experts";
    static final String CLIENTS = "dashboard_clients";
    static final String MARKS = "dashboard_marks";

    @Inject
    MongoDatabase database;

    public DashboardStore() {
    }

    public DashboardStore(MongoDatabase database) {
        this.database = database;
    }

    /** Claims an event: true the first time, false when it was counted (or is being counted) already. */
    public boolean mark(String event, java.time.Instant at) {
        return DuplicateKeys.insertUnlessTaken(database.getCollection(MARKS), new Document("_id", event).append("at", Date.from(at)));
    }

    public boolean marked(String event) {
        return database.getCollection(MARKS).find(eq("_id", event)).limit(1).first() != null;
    }

    public void unmark(String event) {
        database.getCollection(MARKS).deleteOne(eq("_id", event));
    }

    public void apply(RollupChange change) {
        List<Bson> updates = new ArrayList<>();
        change.increments().forEach((path, by) -> updates.add(Updates.inc(path, by)));
        for (Map.Entry<String, String> value : change.sets().entrySet()) {
            updates.add(Updates.set(value.getKey(), value.getValue()));
        }
        MongoCollection<Document> rollup = collection(database, change.rollup());
        try {
            rollup.updateOne(eq("_id", change.id()), Updates.combine(updates), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (!DuplicateKeys.isDuplicate(e)) {
                throw e;
            }
            // two first upserts of one document raced: the loser's retry finds it and increments it
            rollup.updateOne(eq("_id", change.id()), Updates.combine(updates), new UpdateOptions().upsert(true));
        }
    }

    static MongoCollection<Document> collection(MongoDatabase database, Rollup rollup) {
        return database.getCollection(switch (rollup) {
            case DAY -> DAYS;
            case EXPERT_MONTH_TO_DATE -> EXPERT_MONTHS;
            case EXPERT -> EXPERTS;
            case CLIENT -> CLIENTS;
        });
    }
}
