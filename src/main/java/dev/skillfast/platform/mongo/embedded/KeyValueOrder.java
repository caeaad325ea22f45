package dev.skillfast.platform.mongo.embedded;

import java.nio.ByteBuffer;
import java.util.List;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

/**
 * Unique-index keys in value order (mongo-java-server's own), stored as BSON like the documents. The
 * stock backend kept them in H2 maps that could not compare them, so H2 compared them by Java-serialising
 * both sides at every step of every B-tree search, and serialised every key of a page whenever one
 * changed. Keys equal in value but not equal as objects (which the stock order told apart by their bytes)
 * are still told apart by their bytes, so exactly the keys that were distinct before stay distinct.
 */
final class KeyValueOrder extends ObjectDataType {

    static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();
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
            if (BsonValues.write(buffer, new Document(VALUES_FIELD, key.stream().toList()))) {
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
        return value instanceof KeyValue key ? BsonValues.estimate(key, 0) : super.getMemory(value);
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
        Document wrapper = BsonValues.read(buffer);
        if (wrapper == null) {
            return super.read(buffer);
        }
        return new KeyValue((List<?>) wrapper.get(VALUES_FIELD));
    }
}
