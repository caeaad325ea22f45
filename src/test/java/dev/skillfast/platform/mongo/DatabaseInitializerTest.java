package dev.skillfast.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A configured MongoDB that is not there: the initializer reports why, without throwing, and
 * recovers by itself once a database answers at that address.
 */
class DatabaseInitializerTest {

    @TempDir
    Path dataDir;

    @Test
    void reportsAnUnreachableDatabaseAndRecoversWhenItAppears() throws Exception {
        int port = freePort();
        MongoSettings settings = new MongoSettings(Optional.of("mongodb://127.0.0.1:" + port), "skillfast",
                dataDir, false, Duration.ofMillis(500));
        List<String> indexedFeatures = new ArrayList<>();
        MongoIndexes users = database -> {
            database.getCollection("users").createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            indexedFeatures.add("users");
        };

        try (MongoConnection connection = MongoConnection.open(settings)) {
            DatabaseInitializer initializer = new DatabaseInitializer(connection, List.of(users));

            assertThat(connection.mode()).isEqualTo(DatabaseMode.EXTERNAL);
            assertThat(initializer.tryInitialise()).isFalse();
            assertThat(initializer.isInitialised()).isFalse();
            assertThat(initializer.problem()).hasValueSatisfying(reason ->
                    assertThat(reason).contains("127.0.0.1:" + port).contains("not reachable"));
            assertThat(indexedFeatures).isEmpty();

            MongoServer database = new MongoServer(H2Backend.inMemory());
            database.bind("127.0.0.1", port);
            try {
                // Each attempt waits at most the 500 ms selection timeout; the bound is generous.
                Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
                while (!initializer.tryInitialise() && Instant.now().isBefore(deadline)) {
                    Thread.sleep(200);
                }
                assertThat(initializer.isInitialised()).isTrue();
                assertThat(initializer.problem()).isEmpty();
                assertThat(indexedFeatures).containsExactly("users");
                assertThat(connection.database().getCollection("users").listIndexes().into(new ArrayList<Document>()))
                        .anySatisfy(index -> assertThat(index.get("key", Document.class)).containsKey("email"));

                // Once initialised it stays so and does not redo the work.
                assertThat(initializer.tryInitialise()).isTrue();
                assertThat(indexedFeatures).hasSize(1);
            } finally {
                database.shutdownNow();
            }
        }
    }

    @Test
    void embeddedDatabaseIsReadyAtOnce() {
        MongoSettings settings = new MongoSettings(Optional.empty(), "skillfast", dataDir, false,
                Duration.ofSeconds(2));
        try (MongoConnection connection = MongoConnection.open(settings)) {
            DatabaseInitializer initializer = new DatabaseInitializer(connection, List.of());
            assertThat(initializer.tryInitialise()).isTrue();
            assertThat(initializer.problem()).isEmpty();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        }
    }
}
