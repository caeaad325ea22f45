package dev.skillfast.costcentres.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import dev.skillfast.costcentres.domain.CostCentre;
import dev.skillfast.platform.mongo.DuplicateKeys;

/** The {@code cost_centres} collection, one document per centre under its code. */
@ApplicationScoped
public class CostCentreStore {

    static final String COLLECTION = "cost_centres";

    @Inject
    MongoDatabase database;

    public CostCentreStore() {
    }

    /** For tests outside the container. */
    public CostCentreStore(MongoDatabase database) {
        this.database = database;
    }

    private MongoCollection<Document> centres() {
        return database.getCollection(COLLECTION);
    }

    /** Stores a new centre; false when its code is taken. */
    public boolean insert(CostCentre c) {
        return DuplicateKeys.insertUnlessTaken(centres(), new Document("_id", c.code()).append("name", c.name())
                .append("currency", c.currency()).append("monthlyBudget", c.monthlyBudget())
                .append("perSessionLimit", c.perSessionLimit()).append("approverIds", c.approverIds())
                .append("active", c.active()).append("createdAt", Date.from(c.createdAt()))
                .append("updatedAt", Date.from(c.updatedAt())).append("version", 0L));
    }

    public Optional<CostCentre> find(String code) {
        return Optional.ofNullable(centres().find(eq("_id", code)).first()).map(CostCentreStore::toCentre);
    }

    public List<CostCentre> all() {
        return centres().find().sort(Sorts.ascending("_id")).map(CostCentreStore::toCentre).into(new ArrayList<>());
    }

    /** The centres this user approves for. */
    public List<CostCentre> approvedBy(String userId) {
        return centres().find(eq("approverIds", userId)).sort(Sorts.ascending("_id")).map(CostCentreStore::toCentre)
                .into(new ArrayList<>());
    }

    /** An administrator's change, if nobody changed the centre since {@code version} was read. */
    public Optional<CostCentre> update(CostCentre changed, long version) {
        return Optional.ofNullable(centres().findOneAndUpdate(and(eq("_id", changed.code()), eq("version", version)),
                Updates.combine(Updates.set("name", changed.name()), Updates.set("monthlyBudget", changed.monthlyBudget()),
                        Updates.set("perSessionLimit", changed.perSessionLimit()),
                        Updates.set("approverIds", changed.approverIds()), Updates.set("active", changed.active()),
                        Updates.set("updatedAt", Date.from(changed.updatedAt())), Updates.inc("version", 1L)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))).map(CostCentreStore::toCentre);
    }

    /** Records that the budget was set for {@code month} ("2026-12"), unless a later month's is recorded. */
    public void budgetSetFor(String code, String month, Instant at) {
        centres().updateOne(and(eq("_id", code), or(exists("budgetMonth", false), lt("budgetMonth", month))),
                Updates.combine(Updates.set("budgetMonth", month), Updates.set("budgetSetAt", Date.from(at))));
    }

    private static CostCentre toCentre(Document d) {
        Number limit = d.get("perSessionLimit", Number.class);
        List<String> approvers = d.getList("approverIds", String.class);
        return new CostCentre(d.getString("_id"), d.getString("name"), d.getString("currency"),
                d.get("monthlyBudget", Number.class).longValue(), limit == null ? null : limit.longValue(),
                approvers == null ? List.of() : List.copyOf(approvers), d.getBoolean("active", true),
                d.getString("budgetMonth"), d.getDate("createdAt").toInstant(), d.getDate("updatedAt").toInstant(),
                d.get("version", Number.class).longValue());
    }
}
