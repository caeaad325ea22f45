package dev.skillfast.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/**
 * The embedded store's online backup: taken while writes go on, restored by unzipping it into an empty data
 * folder, it opens with every collection, document and unique index it had at the moment of the backup.
 */
class BackupTest {

    @TempDir
    Path live;

    @TempDir
    Path restored;

    private static MongoConnection open(Path dir) {
        return MongoConnection.open(new MongoSettings(Optional.empty(), "skillfast", dir, false, Duration.ofSeconds(2)));
    }

    @Test
    void aBackupTakenUnderWritesRestoresEveryCollectionIntact() throws Exception {
        ByteArrayOutputStream backup = new ByteArrayOutputStream();
        List<String> collections = List.of("users", "sessions", "transactions", "accounts");
        try (MongoConnection connection = open(live)) {
            MongoDatabase db = connection.database();
            db.getCollection("users").createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            for (String name : collections) {
                for (int i = 0; i < 500; i++) {
                    db.getCollection(name).insertOne(new Document("_id", name + "-" + i).append("email", name + i + "@x")
                            .append("n", i).append("text", "é€ ".repeat(i % 7)));
                }
            }
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                for (int i = 0; writing.get(); i++) {
                    db.getCollection("sessions").insertOne(new Document("_id", "later-" + i).append("n", i));
                }
            });
            writer.start();
            connection.backupTo(backup);
            writing.set(false);
            writer.join();
        }

        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(backup.toByteArray()))) {
            ZipEntry entry;
            List<String> names = new ArrayList<>();
            while ((entry = zip.getNextEntry()) != null) {
                names.add(entry.getName());
                Files.copy(zip, restored.resolve(entry.getName()));
            }
            assertThat(names).containsExactly("skillfast-mongo.mv.db");
        }
        try (MongoConnection connection = open(restored)) {
            MongoDatabase db = connection.database();
            assertThat(db.listCollectionNames().into(new ArrayList<>())).containsAll(collections);
            for (String name : collections) {
                for (int i = 0; i < 500; i++) {
                    Document d = db.getCollection(name).find(new Document("_id", name + "-" + i)).first();
                    assertThat(d).as(name + " " + i).isNotNull();
                    assertThat(d.getString("text")).isEqualTo("é€ ".repeat(i % 7));
                }
            }
            assertThat(db.getCollection("users").listIndexes().into(new ArrayList<>()))
                    .anySatisfy(index -> assertThat(index.getBoolean("unique", false)).isTrue());
            long later = db.getCollection("sessions").countDocuments(new Document("_id", new Document("$regex", "^later-")));
            assertThat(db.getCollection("sessions").countDocuments()).isEqualTo(500 + later);
        }
    }
}
