package dev.skillfast.sessions.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.skillfast.platform.mongo.DatabaseInitializer;
import dev.skillfast.platform.mongo.MongoConnection;
import dev.skillfast.platform.mongo.MongoSettings;
import dev.skillfast.platform.mongo.SchemaUpgrade;
import dev.skillfast.sessions.domain.FundedBy;
import dev.skillfast.sessions.domain.SessionState;

/**
 * A database as the previous release left it (no schema version; sessions without a payer) opened by this
 * build: the start-up migrates it to this build's schema, after which every session names its payer, and a
 * second start (or a second server) changes nothing.
 */
class PreviousReleaseUpgradeTest {

    @TempDir
    Path dataDir;

    @Test
    void aDatabaseOfThePreviousReleaseIsMigratedAtStartUpOnce() {
        try (MongoConnection connection = MongoConnection.open(new MongoSettings(Optional.empty(), "test", dataDir, false,
                Duration.ofSeconds(2)))) {
            // what the previous release's SessionStore wrote for an ended chat
            Instant at = Instant.parse("2026-11-30T09:00:00Z");
            connection.database().getCollection("sessions").insertOne(new Document("_id", "old-1").append("clientId", "c1")
                    .append("clientName", "Client").append("expertId", "e1").append("expertName", "Expert")
                    .append("channel", "CHAT").append("state", "ENDED").append("stateKey", "old-1:ENDED")
                    .append("requestedAt", Date.from(at)).append("expiresAt", Date.from(at.plusSeconds(60)))
                    .append("startedAt", Date.from(at.plusSeconds(5))).append("endedAt", Date.from(at.plusSeconds(300)))
                    .append("endReason", "CLIENT").append("readSeq", new Document("client", 2L).append("expert", 1L)));
            assertThat(SchemaUpgrade.versionOf(connection.database())).isZero();

            SchemaUpgrade schema = new SchemaUpgrade(List.of(new SessionMigrations()), "node-1", Clock.systemUTC(),
                    Duration.ofMinutes(5));
            DatabaseInitializer start = new DatabaseInitializer(connection, List.of(new SessionIndexes()), List.of(), schema);
            assertThat(start.tryInitialise()).isTrue();

            assertThat(SchemaUpgrade.versionOf(connection.database())).isEqualTo(schema.buildVersion()).isEqualTo(1);
            Document raw = connection.database().getCollection("sessions").find(new Document("_id", "old-1")).first();
            assertThat(raw.get("fundedBy", Document.class).getString("type")).isEqualTo("WALLET");
            SessionStore store = new SessionStore(connection.database());
            assertThat(store.find("old-1")).get().satisfies(s -> {
                assertThat(s.fundedBy()).isEqualTo(FundedBy.WALLET);
                assertThat(s.state()).isEqualTo(SessionState.ENDED);
            });

            DatabaseInitializer again = new DatabaseInitializer(connection, List.of(new SessionIndexes()), List.of(),
                    new SchemaUpgrade(List.of(new SessionMigrations()), "node-2", Clock.systemUTC(), Duration.ofMinutes(5)));
            assertThat(again.tryInitialise()).isTrue();
            assertThat(connection.database().getCollection("sessions").countDocuments()).isEqualTo(1);
        }
    }
}
