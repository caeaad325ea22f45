package dev.skillfast.platform.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import dev.skillfast.platform.mongo.DatabaseMode;
import dev.skillfast.platform.mongo.MongoConnection;
import dev.skillfast.platform.mongo.MongoSettings;

/** The embedded default keeps data and indexes in its H2 file across a clean restart. */
class EmbeddedMongoRestartTest {

    @TempDir
    Path dataDir;

    private MongoSettings settings() {
        return new MongoSettings(Optional.empty(), "skillfast", dataDir, false, Duration.ofSeconds(2));
    }

    @Test
    void dataAndUniqueIndexesSurviveARestart() {
        try (MongoConnection first = MongoConnection.open(settings())) {
            assertThat(first.mode()).isEqualTo(DatabaseMode.EMBEDDED);
            var users = first.database().getCollection("users");
            users.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            users.insertOne(new Document("_id", "u1").append("email", "ana@example.com"));
        }
        assertThat(dataDir.resolve(EmbeddedMongo.FILE_NAME)).exists();

        try (MongoConnection second = MongoConnection.open(settings())) {
            var users = second.database().getCollection("users");
            assertThat(users.find(new Document("_id", "u1")).first())
                    .isNotNull()
                    .containsEntry("email", "ana@example.com");
            assertThatThrownBy(() -> users.insertOne(new Document("_id", "u2").append("email", "ana@example.com")))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                            e -> assertThat(ErrorCategory.fromErrorCode(e.getCode()))
                                    .isEqualTo(ErrorCategory.DUPLICATE_KEY));
        }
    }

    @Test
    void listensOnLoopbackOnly() {
        try (EmbeddedMongo embedded = EmbeddedMongo.start(dataDir)) {
            assertThat(embedded.connectionString()).startsWith("mongodb://127.0.0.1:");
        }
    }
}
