package dev.skillfast.platform.mongo;

import com.mongodb.client.MongoDatabase;

/**
 * One step of the data's schema, provided by the feature that owns the data (a CDI bean, found like
 * {@link MongoIndexes}). {@link SchemaUpgrade} runs the steps a database has not had yet, in version
 * order, one server at a time. A step must be idempotent: a server stopped half way through one runs it
 * again.
 */
public interface SchemaMigration {

    /** The schema version this step brings the data to: unique, from 1 up. */
    int version();

    /** What it changes, for the log. */
    String description();

    void apply(MongoDatabase database);
}
