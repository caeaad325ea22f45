package dev.skillfast.platform.mongo;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.bson.UuidRepresentation;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ServerApi;
import com.mongodb.ServerApiVersion;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import dev.skillfast.platform.mongo.embedded.EmbeddedMongo;

/**
 * The one MongoClient of the application and, on the embedded default, the server behind it.
 * Opening never waits for the database: the driver connects in the background, so an unreachable
 * configured MongoDB shows up in readiness instead of failing the start.
 */
public final class MongoConnection implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MongoConnection.class.getName());

    private final DatabaseMode mode;
    private final String description;
    private final String summary;
    private final EmbeddedMongo embedded;
    private final MongoClient client;
    private final MongoDatabase database;
    private final java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);

    private MongoConnection(DatabaseMode mode, String description, EmbeddedMongo embedded, MongoClient client,
                            String databaseName) {
        this.mode = mode;
        this.description = description;
        this.summary = (mode == DatabaseMode.EMBEDDED ? "embedded MongoDB" : "external MongoDB")
                + ", database '" + databaseName + "'";
        this.embedded = embedded;
        this.client = client;
        this.database = client.getDatabase(databaseName);
    }

    public static MongoConnection open(MongoSettings settings) {
        if (settings.uri().isPresent()) {
            ConnectionString uri = new ConnectionString(settings.uri().get());
            MongoClient client = MongoClients.create(clientSettings(uri, settings, settings.serverApi()));
            String description = "external MongoDB at " + String.join(",", uri.getHosts())
                    + ", database '" + settings.database() + "'";
            return new MongoConnection(DatabaseMode.EXTERNAL, description, null, client, settings.database());
        }
        EmbeddedMongo embedded = EmbeddedMongo.start(settings.dataDir());
        try {
            // The embedded server lacks the 'hello' command that ServerApi needs: never declare it there.
            MongoClient client = MongoClients.create(
                    clientSettings(new ConnectionString(embedded.connectionString()), settings, false));
            String description = "embedded MongoDB (mongo-java-server, H2 file " + embedded.file()
                    + "), database '" + settings.database() + "'";
            return new MongoConnection(DatabaseMode.EMBEDDED, description, embedded, client, settings.database());
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    private static MongoClientSettings clientSettings(ConnectionString uri, MongoSettings settings,
                                                      boolean serverApi) {
        MongoClientSettings.Builder builder = MongoClientSettings.builder()
                .applyConnectionString(uri)
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .applicationName("skillfast");
        if (uri.getServerSelectionTimeout() == null) {
            builder.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                    settings.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS));
        }
        if (serverApi) {
            builder.serverApi(ServerApi.builder().version(ServerApiVersion.V1).build());
        }
        return builder.build();
    }

    /**
     * Makes the writes acknowledged so far survive a crash before answering someone outside who will not
     * ask again (a webhook's 2xx). The embedded store commits its file now; a real MongoDB already
     * journals acknowledged writes (its default write concern), so nothing is left to do there.
     */
    public void makeDurable() {
        if (embedded != null) {
            embedded.commit();
        }
    }

    /**
     * An online backup of the embedded store (see {@link EmbeddedMongo#backupTo}); a real MongoDB is backed
     * up with its own tools (mongodump, or snapshots of a replica set), never through the application.
     */
    public void backupTo(OutputStream out) throws IOException {
        if (embedded == null) {
            throw new IllegalStateException("Only the embedded store is backed up by SkillFast; use mongodump for MongoDB");
        }
        embedded.backupTo(out);
    }

    public DatabaseMode mode() {
        return mode;
    }

    /** One human line about the database in use, for the log and the health check. */
    public String description() {
        return description;
    }

    /** The same without file paths or hosts, for places others can read (health). */
    public String summary() {
        return summary;
    }

    public MongoClient client() {
        return client;
    }

    public MongoDatabase database() {
        return database;
    }

    /** Idempotent: the first call closes, later ones do nothing. */
    @Override
    public void close() {
        if (!open.compareAndSet(true, false)) {
            return;
        }
        client.close();
        if (embedded != null) {
            embedded.close();
            LOG.info(() -> "Embedded MongoDB closed: " + embedded.file());
        }
    }
}
