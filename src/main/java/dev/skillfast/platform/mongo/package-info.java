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
 */
package dev.skillfast.platform.mongo;
