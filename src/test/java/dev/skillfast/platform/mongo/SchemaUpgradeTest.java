package dev.skillfast.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoDatabase;

import dev.skillfast.testing.MutableClock;

/**
 * The schema version and its migrations on the embedded store: steps run once each, in order, from the
 * version the database has; a database newer than the build is refused (and the initializer never runs
 * on it); while one server holds the lease the others wait, and a lease whose holder died is taken over.
 */
class SchemaUpgradeTest {

    @TempDir
    Path dataDir;

    private MongoConnection connection;
    private MongoDatabase db;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final List<String> applied = new ArrayList<>();

    @BeforeEach
    void open() {
        connection = MongoConnection.open(new MongoSettings(Optional.empty(), "test", dataDir, false, Duration.ofSeconds(2)));
        db = connection.database();
    }

    @AfterEach
    void close() {
        connection.close();
    }

    private SchemaMigration step(int version) {
        return new SchemaMigration() {
            @Override
            public int version() {
                return version;
            }

            @Override
            public String description() {
                return "step " + version;
            }

            @Override
            public void apply(MongoDatabase database) {
                applied.add("v" + version);
                database.getCollection("things").updateMany(new Document(), new Document("$set", new Document("v", version)));
            }
        };
    }

    private SchemaUpgrade upgrade(String node, SchemaMigration... steps) {
        return new SchemaUpgrade(List.of(steps), node, clock, Duration.ofMinutes(5));
    }

    @Test
    void theStepsADatabaseHasNotHadRunOnceInOrder() {
        db.getCollection("things").insertOne(new Document("_id", "a"));
        assertThat(upgrade("n1", step(2), step(1)).upgrade(db)).as("version found").isZero();
        assertThat(applied).containsExactly("v1", "v2");
        assertThat(SchemaUpgrade.versionOf(db)).isEqualTo(2);

        assertThat(upgrade("n2", step(1), step(2), step(3)).upgrade(db)).isEqualTo(2);
        assertThat(applied).containsExactly("v1", "v2", "v3");
        assertThat(upgrade("n3", step(1), step(2), step(3)).upgrade(db)).isEqualTo(3);
        assertThat(applied).as("nothing again").hasSize(3);
        assertThat(db.getCollection("things").find().first().getInteger("v")).isEqualTo(3);
        assertThat(db.getCollection(SchemaUpgrade.COLLECTION).countDocuments()).as("the lease is given back").isEqualTo(1);
    }

    @Test
    void aDatabaseNewerThanTheBuildIsRefusedForGood() {
        upgrade("new-build", step(1), step(2), step(3)).upgrade(db);
        assertThatThrownBy(() -> upgrade("old-build", step(1), step(2)).upgrade(db))
                .isInstanceOf(SchemaUpgrade.NewerSchema.class)
                .hasMessageContaining("version 3, newer than this build's 2");

        DatabaseInitializer initializer = new DatabaseInitializer(connection, List.of(), List.of(),
                upgrade("old-build", step(1), step(2)));
        assertThat(initializer.tryInitialise()).isFalse();
        assertThat(initializer.refusal()).get().asString().contains("newer than this build's 2");
        assertThat(initializer.problem()).isEqualTo(initializer.refusal());
        assertThat(initializer.tryInitialise()).as("not retried into life").isFalse();
    }

    @Test
    void whileOneServerMigratesTheOthersWaitAndADeadHoldersLeaseIsTakenOver() {
        db.getCollection(SchemaUpgrade.COLLECTION).insertOne(new Document("_id", "migration-lease").append("owner", "n1")
                .append("until", Date.from(clock.instant().plus(Duration.ofMinutes(5)))));
        assertThatThrownBy(() -> upgrade("n2", step(1)).upgrade(db)).isInstanceOf(SchemaUpgrade.UnderWay.class)
                .hasMessageContaining("n1");
        DatabaseInitializer waiting = new DatabaseInitializer(connection, List.of(), List.of(), upgrade("n2", step(1)));
        assertThat(waiting.tryInitialise()).isFalse();
        assertThat(waiting.refusal()).as("waiting is not refusing").isEmpty();
        assertThat(applied).isEmpty();

        clock.advance(Duration.ofMinutes(6)); // n1 died mid-way: its lease ran out
        assertThat(waiting.tryInitialise()).isTrue();
        assertThat(applied).containsExactly("v1");
        assertThat(SchemaUpgrade.versionOf(db)).isEqualTo(1);
    }

    @Test
    void stepsNeedUniqueVersionsFromOne() {
        assertThatThrownBy(() -> upgrade("n", step(1), step(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> upgrade("n", step(0))).isInstanceOf(IllegalArgumentException.class);
        assertThat(upgrade("n").buildVersion()).isZero();
    }
}
