package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import dev.skillfast.platform.mongo.MongoConnection;
import dev.skillfast.platform.mongo.MongoSettings;

/**
 * A database a newer SkillFast wrote (its schema version above this build's) is refused: on its own server,
 * the application does not start, the log says why in words an operator can act on, and nothing answers.
 */
class NewerDatabaseIT {

    @Test
    void theApplicationRefusesToStartOnADatabaseFromANewerRelease() throws Exception {
        Path war = Path.of(System.getProperty("skillfast.it.war", "target/skillfast.war"));
        Path dataDir = war.toAbsolutePath().getParent().resolve("newer-database-data");
        LibertyServer.deleteTree(dataDir);
        try (MongoConnection db = MongoConnection.open(new MongoSettings(Optional.empty(), "skillfast", dataDir, false,
                Duration.ofSeconds(5)))) {
            db.database().getCollection("schema").insertOne(new Document("_id", "version").append("version", 999));
        }
        Path keys = Path.of("src/test/resources/it-keys").toAbsolutePath();
        int httpPort = LibertyServer.freePort();
        URI base = URI.create("http://localhost:" + httpPort);
        LibertyServer server = new LibertyServer(Path.of(System.getProperty("skillfast.it.wlp", "target/liberty/wlp")),
                "skillfastNewerDb", Path.of(System.getProperty("java.home")));
        server.create(war, """
                skillfast.http.port=%d
                skillfast.https.port=%d
                skillfast.data.dir=%s
                skillfast.jwt.private-key-location=%s
                skillfast.jwt.public-key-location=%s
                skillfast.demo-data=false
                """.formatted(httpPort, LibertyServer.freePort(), dataDir, keys.resolve("private.pem"),
                keys.resolve("public.pem")));
        try {
            server.run("start");
            Path log = server.logs().resolve("messages.log");
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (!(Files.exists(log) && Files.readString(log).contains("newer than this build's"))) {
                assertThat(System.nanoTime()).as("the refusal in " + log).isLessThan(deadline);
                Thread.sleep(250);
            }
            assertThat(Files.readString(log)).contains("The database's schema is version 999");
            assertThat(ItServer.send(HttpRequest.newBuilder(base.resolve("/api/info")).GET().build()).statusCode())
                    .as("the application did not start").isNotEqualTo(200);
        } finally {
            server.stopQuietly();
        }
    }
}
