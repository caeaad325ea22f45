package dev.skillfast.sessions.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionFilter;

/**
 * The administrators' view over every session: equality on state, channel and participants and a range on
 * {@code requestedAt}, newest first (the {@code requestedAt} index on a real MongoDB; {@code _id} breaks ties
 * so pages never overlap).
 */
@ApplicationScoped
public class SessionSearch {

    @Inject
    MongoDatabase database;

    public List<Session> find(SessionFilter filter, int page, int size) {
        return sessions().find(toBson(filter)).sort(Sorts.descending("requestedAt", "_id")).skip(page * size).limit(size)
                .map(SessionDocuments::toSession).into(new ArrayList<>());
    }

    public long count(SessionFilter filter) {
        return sessions().countDocuments(toBson(filter));
    }

    private static Bson toBson(SessionFilter filter) {
        List<Bson> parts = new ArrayList<>();
        if (filter.state() != null) {
            parts.add(eq("state", filter.state().name()));
        }
        if (filter.channel() != null) {
            parts.add(eq("channel", filter.channel().name()));
        }
        if (filter.expertId() != null) {
            parts.add(eq("expertId", filter.expertId()));
        }
        if (filter.clientId() != null) {
            parts.add(eq("clientId", filter.clientId()));
        }
        if (filter.from() != null) {
            parts.add(gte("requestedAt", Date.from(filter.from())));
        }
        if (filter.to() != null) {
            parts.add(lt("requestedAt", Date.from(filter.to())));
        }
        return parts.isEmpty() ? Filters.empty() : and(parts);
    }

    private MongoCollection<Document> sessions() {
        return database.getCollection(SessionDocuments.COLLECTION);
    }
}
