package dev.skillfast.platform.mongo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

/**
 * Produces the application's one {@link MongoClient} and its {@link MongoDatabase}: a real MongoDB
 * when {@code skillfast.mongodb.uri} is set, else the embedded default. Closed at shutdown.
 */
@ApplicationScoped
public class MongoProducer {

    private static final Logger LOG = Logger.getLogger(MongoProducer.class.getName());

    @Inject
    @ConfigProperty(name = "skillfast.mongodb.uri")
    Optional<String> uri;

    @Inject
    @ConfigProperty(name = "skillfast.mongodb.database")
    String database;

    @Inject
    @ConfigProperty(name = "skillfast.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "skillfast.mongodb.server-api")
    boolean serverApi;

    @Inject
    @ConfigProperty(name = "skillfast.mongodb.server-selection-timeout-ms")
    long serverSelectionTimeoutMs;

    private MongoConnection connection;

    @PostConstruct
    void open() {
        MongoSettings settings = new MongoSettings(uri, database, Path.of(dataDir), serverApi,
                Duration.ofMillis(serverSelectionTimeoutMs));
        connection = MongoConnection.open(settings);
        LOG.info(() -> "SkillFast database: " + connection.description()
                + (connection.mode() == DatabaseMode.EMBEDDED
                        ? ". Set SKILLFAST_MONGODB_URI to use a real MongoDB." : "."));
    }

    @PreDestroy
    void close() {
        connection.close();
    }

    public MongoConnection connection() {
        return connection;
    }

    @Produces
    public MongoClient client() {
        return connection.client();
    }

    @Produces
    public MongoDatabase database() {
        return connection.database();
    }
}
