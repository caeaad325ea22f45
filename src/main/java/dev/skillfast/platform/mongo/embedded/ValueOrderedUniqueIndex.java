package dev.skillfast.platform.mongo.embedded;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The stock H2 unique index (same map operations) over a value-ordered map ({@link ValueOrderedMaps}),
 * which also answers "below a bound" queries ({@code $lt}/{@code $lte} on a single-key index) from the
 * start of the map instead of the collection scan the stock index leaves them to: the timers' "what is
 * due by now" queries read only what is due, however long the collection's history.
 */
final class ValueOrderedUniqueIndex extends AbstractUniqueIndex<Object> {

    private static final Set<String> UPPER_BOUNDS = Set.of("$lt", "$lte");

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
     * general path of streams and path splitting (its cost: see the package notes). Almost every key here
     * is a string in a top-level field (ids, stateKey, rev, the due keys): for those the answer is computed
     * directly. It is the general path's own answer: a string is its own normalised value and makes a key
     * of one value; anything else takes the general path.
     */

    /** The document's value for this index when it is a string in a top-level field, else null. */
    private String stringKey(Document document) {
        return plainField != null && document.get(plainField) instanceof String value ? value : null;
    }

    @Override
    public Set<KeyValue> getKeyValues(Document document) {
        String value = stringKey(document);
        return value != null ? Set.of(new KeyValue(value)) : super.getKeyValues(document);
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
        Set<Object> positions = new LinkedHashSet<>();
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
