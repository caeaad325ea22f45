package dev.skillfast.accounts.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;

import com.mongodb.client.MongoDatabase;

import dev.skillfast.accounts.domain.Role;
import dev.skillfast.accounts.domain.SignUps;

/**
 * Counts accounts by creation day and role with one pipeline over {@code users} ({@code $dateToString},
 * a compound {@code $group} key: both stores answer it). Users grow far slower than sessions, so this
 * one reads the collection itself rather than a rollup.
 */
@ApplicationScoped
public class SignUpCounts {

    @Inject
    MongoDatabase database;

    public SignUpCounts() {
    }

    public SignUpCounts(MongoDatabase database) {
        this.database = database;
    }

    public List<SignUps.Day> perDay(Instant from, Instant to) {
        List<Document> pipeline = List.of(
                new Document("$match", new Document("createdAt", new Document("$gte", Date.from(from)).append("$lt", Date.from(to)))),
                new Document("$group", new Document("_id", new Document("day",
                        new Document("$dateToString", new Document("format", "%Y-%m-%d").append("date", "$createdAt")))
                        .append("role", "$role")).append("count", new Document("$sum", 1))));
        List<SignUps.Day> days = new ArrayList<>();
        for (Document d : database.getCollection(UserStore.COLLECTION).aggregate(pipeline)) {
            Document key = d.get("_id", Document.class);
            days.add(new SignUps.Day(key.getString("day"), Role.valueOf(key.getString("role")), ((Number) d.get("count")).longValue()));
        }
        return days;
    }
}
