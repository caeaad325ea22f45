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
 * <p>{@link dev.skillfast.platform.mongo.EmbeddedH2Backend} tunes the stock H2 backend: unique indexes
 * (every {@code _id} among them) in value order, where the stock backend compared keys by Java-serialising
 * both sides at every B-tree step, documents and index keys stored as BSON instead of Java-serialised
 * objects, and a page cache sized to the heap instead of H2's 16 MB. A file the stock backend wrote is
 * taken over on first open. Its unique indexes also answer "below a bound" ({@code $lt}, {@code $lte} on a
 * single key), which the stock backend leaves to a collection scan: with
 * {@link dev.skillfast.platform.mongo.DueKeys} fields (present only while something is due), the timers read
 * what is due by now as one index range on either store, however much history the collections hold.
 */
package dev.skillfast.platform.mongo;
