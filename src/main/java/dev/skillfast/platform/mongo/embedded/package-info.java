/**
 * The embedded MongoDB default: mongo-java-server with a tuned H2 file backend, started inside the
 * application on a free loopback port when {@code skillfast.mongodb.uri} is not set
 * ({@link dev.skillfast.platform.mongo.embedded.EmbeddedMongo}). Nothing outside
 * {@code platform.mongo.MongoConnection} uses this package; feature code talks to it through the normal
 * MongoDB driver, as it would to a real MongoDB.
 *
 * <h2>The schema rules it imposes on feature code</h2>
 * Code must behave the same on this store and on a real MongoDB, and stay fast on this one. This store
 * uses <b>only unique indexes</b>, and one <b>only for a query on exactly its keys</b> (an equality, or
 * {@code $lt}/{@code $lte} on a single key); every other query scans the collection. Hence:
 * <ol>
 *   <li><b>Due keys.</b> A timer that looks for "what is due by now" queries a field that exists only
 *       while something is due, holding a {@link dev.skillfast.platform.mongo.DueKeys} string
 *       ({@code <instant>|<id>}, sorting by time), under a unique sparse index, with
 *       {@code $lt DueKeys.dueBy(now)}: one index range here and on a real MongoDB, however much history
 *       the collection holds. Every write that changes when the thing is next due sets the key; the write
 *       that ends it unsets it.</li>
 *   <li><b>{@code stateKey}: conditional transitions on one key.</b> A state change is one
 *       {@code findOneAndUpdate} conditioned on the current state, so of racing writers exactly one wins.
 *       The condition must be a single unique field ({@code stateKey = "id:STATE"}, or a revision
 *       {@code rev = "id:version"} for a compare-and-set): {@code {_id, state}} is not an index's exact keys
 *       and would scan the whole collection. Filters by {@code _id} alone are lookups too.</li>
 *   <li><b>Unique sparse keys instead of partial indexes.</b> A rule such as "at most one open session per
 *       client" is a unique sparse index on a field that exists only while the rule applies
 *       ({@code clientOpen}, {@code expertBusy}): this store ignores a partial index's filter and would
 *       enforce it on every document.</li>
 *   <li><b>Batches.</b> Every write looks the document up in every unique index of its collection, so the
 *       cost is per document and per unique index: write many things as one document (chat messages are
 *       stored one batch per document), send many writes as one {@code insertMany} or unordered
 *       {@code bulkWrite}, keep the unique indexes of a busy collection few, and write nothing per event
 *       that can be written per change.</li>
 *   <li><b>Not available, so not used:</b> multi-document transactions (writes spanning documents are
 *       idempotent under unique keys and finished by recovery jobs), {@code $text} and collation (search
 *       runs on an in-memory index), TTL indexes (they never expire here: jobs delete what is old),
 *       change streams. Secondary (non-unique) indexes are still declared for a real MongoDB; list pages
 *       that rely on them scan here.</li>
 * </ol>
 * A real MongoDB does all of the above the same way — they are plain MongoDB features (unique and sparse
 * indexes, single-document atomic updates, bulk writes) — and uses its secondary indexes as well, so
 * moving to one changes no behaviour, only speed. Durability differs: H2 commits about once a second, so
 * a killed process may lose its last second of writes (a clean stop loses nothing).
 *
 * <h2>The tuned backend</h2>
 * {@link dev.skillfast.platform.mongo.embedded.EmbeddedH2Backend} keeps the stock H2 backend's file layout
 * and map operations and changes what made it slow, each measured on the 2-core development machine:
 * <ul>
 *   <li>unique indexes (every {@code _id} among them) compare keys by value
 *       ({@link dev.skillfast.platform.mongo.embedded.KeyValueOrder}); the stock backend Java-serialised both
 *       keys at every B-tree step, about half of its CPU time under writes;</li>
 *   <li>documents ({@link dev.skillfast.platform.mongo.embedded.DocumentValues}) and index keys are stored
 *       as BSON; the stock backend Java-serialised every document or key of a page whenever one changed,
 *       and again to read an evicted page. Index keys are sized by an estimate: H2 counts a value it did not
 *       serialise itself as 10,000 bytes, which split index pages after a few keys. With both, the chat
 *       benchmark's closed loop went from 6,035 to 8,035 delivered messages a second and the fixed rate's
 *       p99 from 21.7 to 8.3 ms;</li>
 *   <li>H2's page cache is a quarter of the heap, 16 MB to 1 GB; at H2's 16 MB, re-reading evicted pages
 *       was a quarter of the store's time in the billing benchmark (a tenth at 256 MB);</li>
 *   <li>unique indexes answer {@code $lt}/{@code $lte} on a single key from the index
 *       ({@link dev.skillfast.platform.mongo.embedded.ValueOrderedUniqueIndex}); the stock backend scans for
 *       any range;</li>
 *   <li>top-level string keys skip mongo-java-server's general key path (streams and path splitting for
 *       every index on every write), a third of the store's time in a profile of the billing sweep.</li>
 * </ul>
 * A file the stock backend wrote is taken over on first open: its index maps are re-sorted once
 * ({@link dev.skillfast.platform.mongo.embedded.ValueOrderedMaps}, crash-safe), its documents read as they
 * are and rewritten as BSON with their pages; afterwards the stock backend can no longer open it.
 */
package dev.skillfast.platform.mongo.embedded;
