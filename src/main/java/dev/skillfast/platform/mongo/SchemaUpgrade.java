package dev.skillfast.platform.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The data's schema version, kept in the database ({@code schema}, document {@code version}), and the
 * migrations that bring an older database up to this build's (the highest version of its
 * {@link SchemaMigration}s), run at start-up before the indexes. One server migrates, under a lease
 * (document {@code migration-lease}); the others wait, their readiness DOWN, and find the work done. A
 * database newer than the build is refused: its data may mean things this build does not know.
 */
public final class SchemaUpgrade {

    static final String COLLECTION = "schema";
    private static final String VERSION = "version";
    private static final String LEASE = "migration-lease";
    private static final Logger LOG = Logger.getLogger(SchemaUpgrade.class.getName());

    /** The database was written by a newer build: this one must not run on it. */
    public static final class NewerSchema extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NewerSchema(int database, int build) {
            super("The database's schema is version " + database + ", newer than this build's " + build
                    + ": a newer SkillFast wrote it. Run that version (or newer), or restore the backup taken before "
                    + "the upgrade; this server will not start on it.");
        }
    }

    /** Another server is migrating: this one waits (its start-up is retried). */
    public static final class UnderWay extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnderWay(String owner) {
            super("the database schema is being migrated by " + owner + "; waiting for it");
        }
    }

    private final List<SchemaMigration> migrations;
    private final String node;
    private final Clock clock;
    private final Duration lease;

    public SchemaUpgrade(List<SchemaMigration> migrations, String node, Clock clock, Duration lease) {
        List<SchemaMigration> ordered = migrations.stream().sorted(Comparator.comparingInt(SchemaMigration::version)).toList();
        if (ordered.stream().map(SchemaMigration::version).collect(Collectors.toCollection(HashSet::new))
                .size() != ordered.size() || ordered.stream().anyMatch(m -> m.version() < 1)) {
            throw new IllegalArgumentException("Schema migrations need unique versions from 1 up: " + ordered.stream()
                    .map(m -> m.version() + " " + m.description()).toList());
        }
        this.migrations = ordered;
        this.node = node;
        this.clock = clock;
        this.lease = lease;
    }

    /** This build's schema version: the highest of its migrations (0 without any). */
    public int buildVersion() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    /** The database's schema version: 0 for one written before versions were kept (or empty). */
    public static int versionOf(MongoDatabase database) {
        Document d = database.getCollection(COLLECTION).find(eq("_id", VERSION)).first();
        return d == null ? 0 : d.getInteger("version", 0);
    }

    /**
     * Brings the database to this build's version; answers the version it found. Throws {@link NewerSchema}
     * for a newer database and {@link UnderWay} while another server holds the lease.
     */
    public int upgrade(MongoDatabase database) {
        int found = versionOf(database);
        int build = buildVersion();
        if (found > build) {
            throw new NewerSchema(found, build);
        }
        if (found == build) {
            return found;
        }
        MongoCollection<Document> schema = database.getCollection(COLLECTION);
        take(schema);
        try {
            int current = versionOf(database); // another server may have finished meanwhile
            for (SchemaMigration step : migrations) {
                if (step.version() > current) {
                    LOG.info(() -> "Migrating the database to schema version " + step.version() + ": " + step.description());
                    step.apply(database);
                    schema.updateOne(eq("_id", VERSION), Updates.combine(Updates.set("version", step.version()),
                            Updates.set("at", Date.from(clock.instant())), Updates.set("by", node)),
                            new UpdateOptions().upsert(true));
                    take(schema); // renewed between steps
                }
            }
        } finally {
            schema.deleteOne(and(eq("_id", LEASE), eq("owner", node)));
        }
        return found;
    }

    /** Takes (or renews) the lease, or throws {@link UnderWay} while another server holds it. */
    private void take(MongoCollection<Document> schema) {
        Instant now = clock.instant();
        Document mine = new Document("_id", LEASE).append("owner", node).append("until", Date.from(now.plus(lease)));
        if (DuplicateKeys.insertUnlessTaken(schema, mine)) {
            return;
        }
        Document held = schema.findOneAndUpdate(and(eq("_id", LEASE), or(eq("owner", node),
                lt("until", Date.from(now)))), Updates.combine(Updates.set("owner", node),
                Updates.set("until", Date.from(now.plus(lease)))));
        if (held == null) {
            Document other = schema.find(eq("_id", LEASE)).first();
            throw new UnderWay(other == null ? "another server" : other.getString("owner"));
        }
    }
}
