package dev.skillfast.platform.mongo;

import com.mongodb.client.MongoDatabase;

/**
 * One per feature: the indexes that feature's store relies on. Implementations are CDI beans in the
 * feature's {@code store} package; {@link DatabaseInitializer} runs them all at start-up and again
 * whenever the database comes back, so they must be idempotent (createIndex with the same keys and
 * options is).
 */
public interface MongoIndexes {

    void ensureIndexes(MongoDatabase database);
}
