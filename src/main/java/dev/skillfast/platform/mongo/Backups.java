package dev.skillfast.platform.mongo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.skillfast.platform.errors.ConflictException;

/**
 * Online backups of the embedded store: a consistent snapshot of its file, taken while the server runs,
 * written as a zip into {@code skillfast.backup.dir} (default: {@code backups} in the data folder). To
 * restore: stop the server, unzip the backup into the data folder (it holds {@code skillfast-mongo.mv.db}),
 * start it (README "Backup and restore"). A real MongoDB is backed up with its own tools.
 */
@ApplicationScoped
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Inject
    MongoProducer mongo;

    @Inject
    @ConfigProperty(name = "skillfast.backup.dir")
    Optional<String> backupDir;

    @Inject
    @ConfigProperty(name = "skillfast.data.dir")
    String dataDir;

    @Inject
    Clock clock;

    /** A backup written: where, how large, when. */
    public record Backup(Path file, long bytes, Instant createdAt) {
    }

    public Backup backUp() {
        MongoConnection connection = mongo.connection();
        if (connection.mode() != DatabaseMode.EMBEDDED) {
            throw new ConflictException("This server runs on MongoDB: back it up with mongodump or your replica set's "
                    + "snapshots (README \"Backup and restore\"); only the embedded store is backed up by SkillFast.");
        }
        Instant at = clock.instant();
        Path dir = backupDir.filter(d -> !d.isBlank()).map(Path::of).orElse(Path.of(dataDir).resolve("backups"));
        Path file = dir.resolve("skillfast-backup-" + STAMP.format(at) + ".zip").toAbsolutePath();
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.createDirectories(dir);
            try (OutputStream out = Files.newOutputStream(partial)) {
                connection.backupTo(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            long bytes = Files.size(file);
            LOG.info(() -> "Backup of the embedded store written to " + file + " (" + bytes + " bytes)");
            return new Backup(file, bytes, at);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the backup to " + dir, e);
        }
    }
}
