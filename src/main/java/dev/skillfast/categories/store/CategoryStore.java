package dev.skillfast.categories.store;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import dev.skillfast.categories.domain.Category;
import dev.skillfast.categories.domain.LocalizedText;
import dev.skillfast.platform.mongo.DuplicateKeys;

/** The {@code categories} collection; the slug is the document id, so it is unique. */
@ApplicationScoped
public class CategoryStore {

    static final String COLLECTION = "categories";

    @Inject
    MongoDatabase database;

    private MongoCollection<Document> categories() {
        return database.getCollection(COLLECTION);
    }

    /** Inserts, answering false when the slug is taken. */
    public boolean insert(Category category) {
        return DuplicateKeys.insertUnlessTaken(categories(), toDocument(category));
    }

    public List<Category> all() {
        return categories().find().sort(Sorts.orderBy(Sorts.ascending("order"), Sorts.ascending("_id")))
                .map(CategoryStore::toCategory).into(new ArrayList<>());
    }

    public int nextOrder() {
        Document last = categories().find().sort(Sorts.descending("order")).limit(1).first();
        return last == null ? 0 : last.getInteger("order", 0) + 1;
    }

    public Optional<Category> update(String slug, LocalizedText name, LocalizedText description, Boolean active,
                                     Integer order) {
        List<Bson> changes = new ArrayList<>();
        if (name != null) {
            changes.add(Updates.set("name", text(name)));
        }
        if (description != null) {
            changes.add(Updates.set("description", text(description)));
        }
        if (active != null) {
            changes.add(Updates.set("active", active));
        }
        if (order != null) {
            changes.add(Updates.set("order", order));
        }
        changes.add(Updates.set("updatedAt", new Date()));
        return Optional.ofNullable(categories().findOneAndUpdate(eq("_id", slug), Updates.combine(changes),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))).map(CategoryStore::toCategory);
    }

    private static Document text(LocalizedText text) {
        return new Document("es", text.es()).append("en", text.en());
    }

    private static Document toDocument(Category c) {
        return new Document("_id", c.slug()).append("name", text(c.name())).append("description", text(c.description()))
                .append("order", c.order()).append("active", c.active()).append("createdAt", Date.from(c.createdAt()));
    }

    private static LocalizedText localized(Document d) {
        return d == null ? new LocalizedText("", "") : new LocalizedText(d.getString("es"), d.getString("en"));
    }

    private static Category toCategory(Document d) {
        Date created = d.getDate("createdAt");
        return new Category(d.getString("_id"), localized(d.get("name", Document.class)),
                localized(d.get("description", Document.class)), d.getInteger("order", 0), d.getBoolean("active", true),
                created == null ? Instant.EPOCH : created.toInstant());
    }
}
