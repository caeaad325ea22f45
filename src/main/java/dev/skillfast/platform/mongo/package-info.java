/**
 * MongoDB access for every feature: the one client ({@link dev.skillfast.platform.mongo.MongoProducer},
 * {@link dev.skillfast.platform.mongo.MongoConnection}), index creation and start-up tasks
 * ({@link dev.skillfast.platform.mongo.MongoIndexes}, {@link dev.skillfast.platform.mongo.DatabaseStartupTask},
 * {@link dev.skillfast.platform.mongo.DatabaseBootstrap}), readiness, and the keys feature stores use for
 * "what is due by now" ({@link dev.skillfast.platform.mongo.DueKeys}).
 *
 * <p>Design notes. Without {@code skillfast.mongodb.uri} the application runs the embedded default
 * ({@code platform.mongo.embedded}, whose notes give the schema rules it imposes: due keys, one-key
 * conditional transitions, unique sparse keys instead of partial indexes, batches, no transactions,
 * {@code $text}, TTL or collation); with it, a real MongoDB. Feature code is the same for both. An
 * unreachable database never stops the start: readiness says DOWN with the reason, and a timer retries
 * until the database answers.
 *
 * <p>Schema and backups. The data's schema version lives in the database; at start-up
 * {@link dev.skillfast.platform.mongo.SchemaUpgrade} runs the features'
 * {@link dev.skillfast.platform.mongo.SchemaMigration}s it has not had, in order, before the indexes, one
 * server at a time under a lease; a database newer than the build stops the application from starting.
 * {@link dev.skillfast.platform.mongo.Backups} writes online backups of the embedded store (H2's backup of
 * its file, consistent while it is in use); a real MongoDB is backed up with its own tools.
 */
package dev.skillfast.platform.mongo;
