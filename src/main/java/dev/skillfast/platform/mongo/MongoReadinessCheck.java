package dev.skillfast.platform.mongo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: UP only when MongoDB answers a ping and every feature's indexes exist. */
@Readiness
@ApplicationScoped
public class MongoReadinessCheck implements HealthCheck {

    static final String NAME = "mongodb";

    @Inject
    MongoProducer mongo;

    @Inject
    DatabaseBootstrap bootstrap;

    @Override
    public HealthCheckResponse call() {
        MongoConnection connection = mongo.connection();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .withData("mode", connection.mode().name())
                .withData("database", connection.summary());
        return bootstrap.initializer().problem()
                .map(reason -> response.down().withData("reason", reason))
                .orElseGet(response::up)
                .build();
    }
}
