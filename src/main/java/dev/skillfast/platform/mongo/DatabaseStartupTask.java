package dev.skillfast.platform.mongo;

import com.mongodb.client.MongoDatabase;

/**
 * Work a feature must do once the database answers, after every feature's indexes exist (for example
 * loading signing keys or creating the first administrator). Run by {@link DatabaseInitializer} at
 * start-up and retried with it until it succeeds, so it must be idempotent and safe when several
 * servers share the database.
 */
public interface DatabaseStartupTask {

    void run(MongoDatabase database);
}
