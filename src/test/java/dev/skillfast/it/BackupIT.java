package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.json.JsonObject;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoDatabase;

import dev.skillfast.platform.mongo.MongoConnection;
import dev.skillfast.platform.mongo.MongoSettings;
import dev.skillfast.platform.mongo.SchemaUpgrade;

/**
 * {@code POST /api/admin/backup} on the running test server: administrators only; the zip it writes,
 * unzipped into an empty folder as README "Backup and restore" says, opens with the server's collections
 * intact (every one the live database lists, the new user among the accounts, the schema version).
 */
class BackupIT {

    @TempDir
    Path restored;

    @Test
    void anAdministratorsBackupRestoresEveryCollection() throws Exception {
        Accounts.Session client = Accounts.newUser("CLIENT");
        assertThat(CatalogueIT.send(client, "POST", "/api/admin/backup", null).statusCode()).isEqualTo(403);

        CatalogueIT.setUpAdmin();
        HttpResponse<String> made = CatalogueIT.send(Accounts.cachedAdmin(), "POST", "/api/admin/backup", null);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonObject backup = ItServer.json(made);
        Path zip = Path.of(backup.getString("file"));
        assertThat(zip).exists().hasFileName(zip.getFileName().toString());
        assertThat(Files.size(zip)).isEqualTo(backup.getJsonNumber("bytes").longValue());

        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                Files.copy(entries, restored.resolve(entry.getName()));
            }
        }
        try (MongoConnection connection = MongoConnection.open(new MongoSettings(Optional.empty(), "skillfast", restored,
                false, Duration.ofSeconds(5)))) {
            MongoDatabase db = connection.database();
            List<String> collections = db.listCollectionNames().into(new ArrayList<>());
            assertThat(collections).contains("users", "sessions", "transactions", "accounts", "categories",
                    "experts_profiles", "schema");
            assertThat(db.getCollection("users").countDocuments(new Document("_id", client.userId()))).isEqualTo(1);
            assertThat(SchemaUpgrade.versionOf(db)).isPositive();
        }
    }
}
