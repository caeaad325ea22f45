package dev.skillfast.billing.store;

import static com.mongodb.client.model.Filters.eq;

import java.util.Date;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;

import dev.skillfast.billing.domain.LastSweep;

/**
 * The last billing sweep, one document in {@code billing_sweeps} replaced by every sweep of whichever server
 * holds the sweep's lease, so every server's operations console shows the same one.
 */
@ApplicationScoped
public class SweepLogStore {

    static final String COLLECTION = "billing_sweeps";
    private static final String LAST = "last";

    @Inject
    MongoDatabase database;

    public void save(LastSweep sweep) {
        Document d = new Document("_id", LAST).append("at", Date.from(sweep.at())).append("millis", sweep.millis())
                .append("sessions", sweep.sessions()).append("charges", sweep.charges()).append("node", sweep.node());
        database.getCollection(COLLECTION).replaceOne(eq("_id", LAST), d, new ReplaceOptions().upsert(true));
    }

    public Optional<LastSweep> last() {
        return Optional.ofNullable(database.getCollection(COLLECTION).find(eq("_id", LAST)).first())
                .map(d -> new LastSweep(d.getDate("at").toInstant(), ((Number) d.get("millis")).longValue(),
                        ((Number) d.get("sessions")).intValue(), ((Number) d.get("charges")).intValue(),
                        d.getString("node")));
    }
}
