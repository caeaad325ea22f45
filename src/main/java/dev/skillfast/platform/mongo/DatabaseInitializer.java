package dev.skillfast.platform.mongo;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.bson.Document;

import com.mongodb.MongoException;
import com.mongodb.connection.ClusterDescription;
import com.mongodb.connection.ServerDescription;

/**
 * Brings the database to a usable state (reachable, every feature's indexes in place) and tells
 * whether it is there. Plain Java, so it is tested without a container; {@link DatabaseBootstrap}
 * drives it at start-up and retries it on a timer while the database is away.
 */
public final class DatabaseInitializer {

    private static final Logger LOG = Logger.getLogger(DatabaseInitializer.class.getName());

    private final MongoConnection connection;
    private final List<MongoIndexes> indexes;
    private final List<DatabaseStartupTask> tasks;
    private final SchemaUpgrade schema;
    private volatile boolean initialised;
    private volatile String refusal;
    private volatile String lastFailure = "not initialised yet";

    public DatabaseInitializer(MongoConnection connection, List<MongoIndexes> indexes) {
        this(connection, indexes, List.of());
    }

    public DatabaseInitializer(MongoConnection connection, List<MongoIndexes> indexes,
                               List<DatabaseStartupTask> tasks) {
        this(connection, indexes, tasks, null);
    }

    /** @param schema the schema migrations to run first; null for none */
    public DatabaseInitializer(MongoConnection connection, List<MongoIndexes> indexes,
                               List<DatabaseStartupTask> tasks, SchemaUpgrade schema) {
        this.connection = connection;
        this.indexes = List.copyOf(indexes);
        this.tasks = List.copyOf(tasks);
        this.schema = schema;
    }

    /**
     * Pings the database, creates the indexes and runs the start-up tasks. Blocks at most the server-selection timeout when the
     * database is unreachable. Returns whether the database is now initialised.
     */
    public synchronized boolean tryInitialise() {
        if (initialised) {
            return true;
        }
        if (refusal != null) {
            return false;
        }
        try {
            ping();
            if (schema != null) {
                schema.upgrade(connection.database());
            }
            for (MongoIndexes feature : indexes) {
                feature.ensureIndexes(connection.database());
            }
            for (DatabaseStartupTask task : tasks) {
                task.run(connection.database());
            }
            initialised = true;
            LOG.info(() -> "Database ready: " + connection.description() + "; indexes of "
                    + indexes.size() + " feature(s) in place");
            return true;
        } catch (SchemaUpgrade.NewerSchema e) {
            refusal = e.getMessage();
            LOG.severe(refusal);
            return false;
        } catch (RuntimeException e) {
            // Unreachable database, or a feature's start-up work failed: either way retry later
            // rather than fail the whole application.
            String reason = failureReason(e);
            // Warn once per distinct reason: a database that stays away must not flood the log.
            Level level = reason.equals(lastFailure) ? Level.FINE : Level.WARNING;
            lastFailure = reason;
            LOG.log(level, "Database not ready: {0}. Readiness is DOWN until it is; retrying.", reason);
            return false;
        }
    }

    public boolean isInitialised() {
        return initialised;
    }

    /** Why this build will never run on the database (a newer schema); empty otherwise. */
    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    /**
     * The database's state now, without blocking on an unreachable server: empty when it is usable,
     * else a reason fit for an operator.
     */
    public Optional<String> problem() {
        if (refusal != null) {
            return Optional.of(refusal);
        }
        ClusterDescription cluster = connection.client().getClusterDescription();
        boolean reachable = cluster.getServerDescriptions().stream().anyMatch(ServerDescription::isOk);
        if (!reachable) {
            return Optional.of(unreachableReason(cluster));
        }
        try {
            ping();
        } catch (MongoException e) {
            return Optional.of(failureReason(e));
        }
        if (!initialised) {
            return Optional.of("reachable, but its indexes are not created yet (" + lastFailure + ")");
        }
        return Optional.empty();
    }

    private void ping() {
        connection.database().runCommand(new Document("ping", 1));
    }

    private String unreachableReason(ClusterDescription cluster) {
        String hosts = String.join(", ", cluster.getServerDescriptions().stream()
                .map(server -> server.getAddress().toString()).toList());
        String cause = cluster.getServerDescriptions().stream()
                .map(ServerDescription::getException)
                .filter(e -> e != null)
                .map(DatabaseInitializer::failureReason)
                .findFirst()
                .orElse("still connecting");
        return "MongoDB at " + hosts + " is not reachable: " + cause;
    }

    private static String failureReason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root == e ? e.getMessage() : e.getMessage() + " (" + root.getMessage() + ")";
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
