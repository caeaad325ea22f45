package dev.skillfast.platform.mongo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The database settings, read from MicroProfile Config (see microprofile-config.properties).
 *
 * @param uri                    a real MongoDB's connection string; empty means the embedded default
 * @param database               the database name
 * @param dataDir                where the embedded default keeps its file
 * @param serverApi              whether to declare the Stable API V1 (real MongoDB only)
 * @param serverSelectionTimeout how long a call waits for a reachable server, unless the URI says
 */
public record MongoSettings(Optional<String> uri, String database, Path dataDir, boolean serverApi,
                            Duration serverSelectionTimeout) {

    public MongoSettings {
        uri = uri.map(String::trim).filter(u -> !u.isEmpty());
    }

    public DatabaseMode mode() {
        return uri.isPresent() ? DatabaseMode.EXTERNAL : DatabaseMode.EMBEDDED;
    }
}
