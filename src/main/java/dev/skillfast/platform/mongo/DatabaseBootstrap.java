package dev.skillfast.platform.mongo;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.skillfast.platform.cluster.NodeId;

/**
 * Opens the database when the application starts and creates every feature's indexes. When the
 * database cannot be reached the application still starts (readiness stays DOWN) and a
 * non-persistent timer retries until it can, so nothing needs a restart once the database appears.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DatabaseBootstrap {

    private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class.getName());

    @Inject
    MongoProducer mongo;

    @Inject
    @Any
    Instance<MongoIndexes> featureIndexes;

    @Inject
    @Any
    Instance<DatabaseStartupTask> startupTasks;

    @Inject
    @Any
    Instance<SchemaMigration> migrations;

    @Inject
    NodeId node;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "skillfast.mongodb.init-retry-seconds")
    long retrySeconds;

    @Resource
    TimerService timerService;

    /** How long a server's claim to migrate holds without being renewed (it renews it after every step). */
    private static final Duration MIGRATION_LEASE = Duration.ofMinutes(5);

    private DatabaseInitializer initializer;

    @PostConstruct
    void start() {
        initializer = new DatabaseInitializer(mongo.connection(), featureIndexes.stream().toList(),
                startupTasks.stream().toList(), new SchemaUpgrade(migrations.stream().toList(), node.value(), clock,
                        MIGRATION_LEASE));
        if (!initializer.tryInitialise()) {
            initializer.refusal().ifPresent(why -> {
                throw new IllegalStateException(why); // the application does not start
            });
            long everyMs = Math.max(1, retrySeconds) * 1000;
            timerService.createIntervalTimer(everyMs, everyMs, new TimerConfig("mongodb-init-retry", false));
            LOG.info(() -> "Retrying the database every " + retrySeconds + " s until it answers.");
        }
    }

    /**
     * Closes the database with the application. The EJB container reliably calls this when the
     * application stops (also on a redeploy inside a running server), so the embedded store's file is
     * committed and unlocked before a new instance of the application opens it.
     */
    @PreDestroy
    void stop() {
        mongo.connection().close();
    }

    @Timeout
    void retry(Timer timer) {
        if (initializer.tryInitialise()) {
            timer.cancel();
        }
    }

    public DatabaseInitializer initializer() {
        return initializer;
    }
}
