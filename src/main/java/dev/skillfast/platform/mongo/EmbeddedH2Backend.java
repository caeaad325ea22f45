package dev.skillfast.platform.mongo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * mongo-java-server's H2 backend, made fast enough to be the default store. The stock backend leaves
 * keys and documents to H2's Java serialisation and H2's default page cache; here:
 * <ul>
 *   <li><b>Unique indexes</b> (every collection's {@code _id} among them): the stock backend keeps their keys
 *       in H2 maps that cannot compare them, so H2 compared them by Java-serialising both sides on every step
 *       of every B-tree search, about half of the store's CPU time under writes. Here the index maps compare
 *       keys by their values (mongo-java-server's own value order), falling back to the serialised bytes only
 *       for keys equal in value but not equal as objects, so exactly the keys that were distinct before stay
 *       distinct.</li>
 *   <li><b>Documents</b> are stored as BSON (mongo-java-server's own wire encoder) instead of Java-serialised
 *       maps, which H2 redid for every document of a page each time one of them changed. Values written the
 *       old way are still read (BSON values carry a tag H2 never writes), and become BSON when their page is
 *       next written, so no conversion is needed; a file written here can no longer be opened by the stock
 *       backend. Unique-index keys are stored as BSON the same way.</li>
 *   <li><b>Page cache</b>: sized to the heap ({@link #cacheMegabytes}) instead of H2's fixed 16 MB.</li>
 *   <li><b>Index paths</b>: unique indexes answer {@code $lt}/{@code $lte} on a single key (the timers' due
 *       keys) from the index, and top-level string keys skip mongo-java-server's general key path (see
 *       {@link ValueOrderedUniqueIndex}).</li>
 * </ul>
 *
 * <p>A file written by the stock backend has its index maps sorted in the old order, so each such map
 * is re-sorted once when it is first opened here: copied into {@code <name>.reordering}, marked copied
 * in {@value #ORDER_MAP}, then swapped in. A crash at any point leaves either the old map intact (the
 * partial copy is thrown away) or a complete copy (the swap is finished on the next start).
 */
final class EmbeddedH2Backend extends H2Backend {

    private static final Logger LOG = Logger.getLogger(EmbeddedH2Backend.class.getName());
    /** Index map name -> {@link #COPIED} or {@link #VALUE_ORDER}: which maps are already in value order. */
    static final String ORDER_MAP = "skillfast.index-order";
    private static final String VALUE_ORDER = "value-order-1";
    private static final String COPIED = "copied";
    private static final String REORDERING = ".reordering";

    /*
     * No fields: H2Backend's constructor already opens the existing databases (and with them their
     * indexes, through the methods below), before a subclass could set any.
     */
    EmbeddedH2Backend(String file) {
        super(new MVStore.Builder().fileName(file).cacheSize(cacheMegabytes(Runtime.getRuntime().maxMemory())).open());
    }

    /**
     * H2's page cache: a quarter of the heap, between H2's default of 16 MB and 1 GB. With the default,
     * a few thousand active sessions' index and document pages no longer fit, and every lookup that misses
     * reads and decodes its page again (a quarter of the store's time in the billing benchmark; at 256 MB
     * still a tenth, with as much garbage as the rest of the store).
     */
    static int cacheMegabytes(long maxHeapBytes) {
        long quarter = maxHeapBytes / 4 / (1024 * 1024);
        return (int) Math.max(16, Math.min(1024, quarter));
    }

    private MVMap<String, String> orders() {
        return getMvStore().openMap(ORDER_MAP);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /**
     * An inner class on purpose: H2Database's constructor already opens the indexes (a call back into
     * {@link #openOrCreateUniqueIndex}) before a subclass could set fields, while the reference to the
     * enclosing backend is set before that.
     */
    private final class Database extends H2Database {

        Database(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            return new ValueOrderedUniqueIndex(openValueOrdered(indexMapName(collectionName, indexName)), indexName, keys,
                    sparse);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            // the stock backend's map names ("databases." for documents, "meta." for counters), BSON values
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> documents = getMvStore().openMap("databases." + namespace,
                    new MVMap.Builder<Object, Document>().valueType(new DocumentValues()));
            MVMap<String, Object> meta = getMvStore().openMap("meta." + namespace);
            return new H2Collection(this, collectionName, options, documents, meta, cursorRegistry);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            orders().remove(indexMapName(collection.getCollectionName(), indexName));
        }

        /** The stock backend's name for an index's map. */
        private String indexMapName(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        }
    }

    private synchronized MVMap<KeyValue, Object> openValueOrdered(String name) {
        MVStore store = getMvStore();
        MVMap<String, String> orders = orders();
        String tmp = name + REORDERING;
        if (store.hasMap(tmp)) {
            if (COPIED.equals(orders.get(name))) {
                swapIn(name, store.openMap(tmp, valueOrdered()));
            } else {
                store.removeMap(tmp); // a copy cut short: the old map is still whole, start again
            }
        }
        if (store.hasMap(name) && !VALUE_ORDER.equals(orders.get(name))) {
            reorder(name, tmp);
        }
        MVMap<KeyValue, Object> map = store.openMap(name, valueOrdered());
        orders.put(name, VALUE_ORDER);
        return map;
    }

    /** Re-sorts an index map written in the stock order (its entries read in storage order, inserted in value order). */
    private void reorder(String name, String tmp) {
        MVStore store = getMvStore();
        MVMap<Object, Object> old = store.openMap(name);
        MVMap<KeyValue, Object> copy = store.openMap(tmp, valueOrdered());
        for (Map.Entry<Object, Object> entry : old.entrySet()) {
            copy.put((KeyValue) entry.getKey(), entry.getValue());
        }
        store.commit();
        orders().put(name, COPIED);
        store.commit();
        LOG.info(() -> "Embedded store: index " + name + " re-sorted by value (" + copy.sizeAsLong() + " keys)");
        store.removeMap(old);
        swapIn(name, copy);
    }

    private void swapIn(String name, MVMap<KeyValue, Object> copy) {
        MVStore store = getMvStore();
        if (store.hasMap(name)) {
            store.removeMap(name);
        }
        store.renameMap(copy, name);
        orders().put(name, VALUE_ORDER);
        store.commit();
    }

    static MVMap.Builder<KeyValue, Object> valueOrdered() {
        return new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueOrder());
    }

    /**
     * Index keys in value order, stored as BSON like the documents (the stock backend's Java
     * serialisation of every key was, with the cache, most of the cost of reading and writing index
     * pages). Keys equal in value but not equal as objects (which the stock order told apart by their
     * bytes) are still told apart by their bytes, so uniqueness means what it meant before.
     */
    static final class KeyValueOrder extends ObjectDataType {

        private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();
        private static final String VALUES_FIELD = "k";

        @Override
        public int compare(Object a, Object b) {
            if (a instanceof KeyValue left && b instanceof KeyValue right) {
                int common = Math.min(left.size(), right.size());
                for (int i = 0; i < common; i++) {
                    // two strings: what the value order answers for them, without its type checks
                    int c = left.get(i) instanceof String x && right.get(i) instanceof String y ? x.compareTo(y)
                            : VALUES.compare(left.get(i), right.get(i));
                    if (c != 0) {
                        return c;
                    }
                }
                int c = Integer.compare(left.size(), right.size());
                if (c != 0 || left.equals(right)) {
                    return c;
                }
            }
            return super.compare(a, b);
        }

        @Override
        public void write(WriteBuffer buffer, Object value) {
            if (value instanceof KeyValue key && key.stream().allMatch(KeyValueOrder::plain)) {
                if (Bson.write(buffer, new Document(VALUES_FIELD, key.stream().toList()))) {
                    return;
                }
            }
            super.write(buffer, value);
        }

        /**
         * A cheap estimate. Not H2's: for a key it has not serialised itself it answers a fixed 10,000 bytes,
         * which would make every index page look full after a few keys and the cache hold almost none.
         */
        @Override
        public int getMemory(Object value) {
            return value instanceof KeyValue key ? Bson.estimate(key, 0) : super.getMemory(value);
        }

        /**
         * Values that come back from BSON as the same object. Not, for one, mongo-java-server's marker for
         * a missing field, which BSON would turn into null (a different key), nor an instant finer than a
         * millisecond (one the server made itself, e.g. for $currentDate); such keys, and nested documents
         * or lists, are written the old way. (Strings reached the store as BSON already.)
         */
        private static boolean plain(Object value) {
            return value == null || value instanceof String || value instanceof Integer || value instanceof Long
                    || value instanceof Double || value instanceof Boolean || value instanceof de.bwaldvogel.mongo.bson.ObjectId
                    || value instanceof java.time.Instant instant && instant.getNano() % 1_000_000 == 0;
        }

        @Override
        public Object read(ByteBuffer buffer) {
            Document wrapper = Bson.read(buffer);
            if (wrapper == null) {
                return super.read(buffer);
            }
            return new KeyValue((List<?>) wrapper.get(VALUES_FIELD));
        }
    }

    /** BSON values in H2 pages, behind a tag H2's own type never writes (its tags are 0 to 127). */
    private static final class Bson {

        static final byte TAG = (byte) 0xBE;

        private Bson() {
        }

        /** Each serialising thread's encoding buffer, reused (a fresh one per value was most of the writer's garbage). */
        private static final ThreadLocal<ByteBuf> BUFFER = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));
        private static final int KEEP_AT_MOST = 1 << 20;

        /** Writes the document as BSON; false (nothing written) when it holds a value the wire format has no type for. */
        static boolean write(WriteBuffer buffer, Document document) {
            ByteBuf bson = BUFFER.get().clear();
            try {
                BsonEncoder.encodeDocument(document, bson);
                buffer.put(TAG);
                buffer.put(bson.nioBuffer());
                return true;
            } catch (RuntimeException e) {
                return false;
            } finally {
                if (bson.capacity() > KEEP_AT_MOST) {
                    BUFFER.remove(); // one huge document does not pin its buffer for good
                }
            }
        }

        /** Roughly how much memory a decoded value takes (H2 splits pages and fills its cache by it). */
        static int estimate(Object value, int depth) {
            if (value instanceof String text) {
                return 40 + 2 * text.length();
            }
            if (depth > 8) {
                return 32;
            }
            if (value instanceof Map<?, ?> map) {
                int size = 48;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    size += 32 + estimate(entry.getKey(), depth + 1) + estimate(entry.getValue(), depth + 1);
                }
                return size;
            }
            if (value instanceof Iterable<?> items) {
                int size = 40;
                for (Object item : items) {
                    size += 8 + estimate(item, depth + 1);
                }
                return size;
            }
            return 24;
        }

        /** The BSON document at the buffer's position, or null (nothing read) when the value there is not one. */
        static Document read(ByteBuffer buffer) {
            if (buffer.get(buffer.position()) != TAG) {
                return null;
            }
            buffer.get();
            int length = buffer.order(ByteOrder.LITTLE_ENDIAN).getInt(buffer.position());
            buffer.order(ByteOrder.BIG_ENDIAN);
            ByteBuffer slice = buffer.slice();
            slice.limit(length);
            buffer.position(buffer.position() + length);
            return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(slice));
        }
    }

    /**
     * Documents as BSON behind a tag H2's own type never writes (its tags are 0 to 127); anything else, and
     * a document BSON cannot hold, as H2's default type writes it.
     */
    static final class DocumentValues extends ObjectDataType {

        @Override
        public void write(WriteBuffer buffer, Object value) {
            if (!(value instanceof Document document && Bson.write(buffer, document))) {
                super.write(buffer, value); // not a document, or one BSON cannot hold: the old way for this one
            }
        }

        @Override
        public Object read(ByteBuffer buffer) {
            Document document = Bson.read(buffer);
            return document != null ? document : super.read(buffer);
        }

        /** A cheap estimate (H2 sizes its pages and cache by it); the default type would serialise the document to know. */
        @Override
        public int getMemory(Object value) {
            return value instanceof Document ? Bson.estimate(value, 0) : super.getMemory(value);
        }
    }

    /**
     * The stock H2 unique index (same map operations), over a value-ordered map, which also answers
     * "below a bound" queries ({@code $lt}/{@code $lte} on a single-key index) from the start of the
     * map instead of the collection scan the stock index leaves them to: the timers' "what is due by
     * now" queries then read only what is due, however long the collection's history.
     */
    static final class ValueOrderedUniqueIndex extends AbstractUniqueIndex<Object> {

        private static final java.util.Set<String> UPPER_BOUNDS = java.util.Set.of("$lt", "$lte");

        private final MVMap<KeyValue, Object> map;
        /** The field of a single-key index on a top-level field (no dots), else null: see {@link #stringKey}. */
        private final String plainField;

        ValueOrderedUniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
            super(name, keys, sparse);
            this.map = map;
            this.plainField = keys.size() == 1 && !keys.get(0).getKey().contains(".") ? keys.get(0).getKey() : null;
        }

        /*
         * Every write runs these for every index of the collection (mongo-java-server looks a document's
         * position up in all of them, and compares each index's keys before and after an update), through a
         * general path of streams and path splitting that was a third of the store's time under the billing
         * sweep. Almost every key here is a string in a top-level field (ids, stateKey, rev, the due keys):
         * for those the answer is computed directly. It is the general path's own answer: a string is its
         * own normalised value and makes a key of one value; anything else takes the general path.
         */

        /** The document's value for this index when it is a string in a top-level field, else null. */
        private String stringKey(Document document) {
            return plainField != null && document.get(plainField) instanceof String value ? value : null;
        }

        @Override
        public java.util.Set<KeyValue> getKeyValues(Document document) {
            String value = stringKey(document);
            return value != null ? java.util.Set.of(new KeyValue(value)) : super.getKeyValues(document);
        }

        @Override
        public Object getPosition(Document document) {
            String value = stringKey(document);
            return value != null ? getPosition(new KeyValue(value)) : super.getPosition(document);
        }

        /** Whether an update from {@code before} to {@code after} leaves this index's keys as they were. */
        boolean isSameKey(Document before, Document after) {
            return nullAwareEqualsKeys(before, after);
        }

        @Override
        protected boolean nullAwareEqualsKeys(Document before, Document after) {
            if (plainField != null) {
                Object old = before.get(plainField);
                if (old instanceof String && old.equals(after.get(plainField))
                        || !before.containsKey(plainField) && !after.containsKey(plainField)) {
                    return true;
                }
            }
            return super.nullAwareEqualsKeys(before, after);
        }

        @Override
        public synchronized boolean canHandle(Document query) {
            return upperBound(query) != null || super.canHandle(query);
        }

        /**
         * The positions of every key up to the bound in value order. A superset of the matches (keys of
         * other types that sort below the bound, and the bound itself for {@code $lt}): the collection
         * matches each document against the whole query afterwards, so what is answered is exactly what a
         * scan would answer.
         */
        @Override
        public synchronized Iterable<Object> getPositions(Document query) {
            Object bound = upperBound(query);
            if (bound == null) {
                return super.getPositions(query);
            }
            java.util.Set<Object> positions = new java.util.LinkedHashSet<>();
            for (Map.Entry<KeyValue, Object> entry : map.entrySet()) {
                if (KeyValueOrder.VALUES.compare(entry.getKey().get(0), bound) > 0) {
                    break;
                }
                positions.add(entry.getValue());
            }
            return positions;
        }

        /** The bound of a query on this single-key index with nothing but {@code $lt} and/or {@code $lte}, else null. */
        private Object upperBound(Document query) {
            if (isCompoundIndex() || !query.keySet().equals(keySet())
                    || !(query.get(keys().get(0)) instanceof Document condition)
                    || condition.isEmpty() || !UPPER_BOUNDS.containsAll(condition.keySet())) {
                return null;
            }
            Object bound = null;
            for (Object value : condition.values()) {
                if (!(value instanceof String || value instanceof Number || value instanceof java.time.Instant)) {
                    return null; // other bounds (null, documents, arrays...) follow rules of their own: left to the scan
                }
                bound = bound == null || KeyValueOrder.VALUES.compare(value, bound) > 0 ? value : bound;
            }
            return bound;
        }

        @Override
        protected Object removeDocument(KeyValue key) {
            return map.remove(key);
        }

        @Override
        protected boolean putKeyPosition(KeyValue key, Object position) {
            return map.putIfAbsent(key, Missing.ofNullable(position)) == null;
        }

        @Override
        protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
            return map.entrySet();
        }

        @Override
        protected Object getPosition(KeyValue key) {
            return map.get(key);
        }

        @Override
        public long getCount() {
            return map.sizeAsLong();
        }

        @Override
        public boolean isEmpty() {
            return map.isEmpty();
        }

        @Override
        public long getDataSize() {
            return getCount();
        }
    }
}
