/**
 * MongoDB access for every feature: the one client ({@link dev.skillfast.platform.mongo.MongoProducer}),
 * the embedded default ({@link dev.skillfast.platform.mongo.EmbeddedMongo}), index creation at start-up
 * ({@link dev.skillfast.platform.mongo.MongoIndexes}, {@link dev.skillfast.platform.mongo.DatabaseBootstrap})
 * and readiness.
 *
 * <p>Design notes. Without {@code skillfast.mongodb.uri} the application runs mongo-java-server with its
 * H2 file backend on a free loopback port; with it, a real MongoDB. Code written against the database
 * must behave the same on both, so it uses only what both do alike: single-document atomic updates
 * with conditions, unique indexes, no transactions, no {@code $text}, no TTL or partial indexes (see
 * docs/architecture.md). An unreachable database never stops the start: readiness says DOWN with the
 * reason, and a timer retries until the database answers.
 *
 * <p>The embedded store's unique indexes (every {@code _id} among them) are kept in value order
 * ({@link dev.skillfast.platform.mongo.EmbeddedH2Backend}): the stock H2 backend compared their keys by
 * Java-serialising both sides at every B-tree step, which cost about half of its CPU time under writes.
 * A file the stock backend wrote is re-sorted once, when first opened.
 */
package dev.skillfast.platform.mongo;
