package dev.skillfast.platform.mongo.embedded;

import java.util.Map;
import java.util.logging.Logger;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * Opens unique-index maps in value order ({@link KeyValueOrder}). A file written by the stock backend has
 * its index maps sorted in the old order, so each such map is re-sorted once when it is first opened
 * here: copied into {@code <name>.reordering}, marked copied in {@value #ORDER_MAP}, then swapped in. A
 * crash at any point leaves either the old map intact (the partial copy is thrown away) or a complete
 * copy (the swap is finished on the next start).
 */
final class ValueOrderedMaps {

    private static final Logger LOG = Logger.getLogger(ValueOrderedMaps.class.getName());
    /** Index map name -> {@link #COPIED} or {@link #VALUE_ORDER}: which maps are already in value order. */
    static final String ORDER_MAP = "skillfast.index-order";
    static final String VALUE_ORDER = "value-order-1";
    static final String COPIED = "copied";
    static final String REORDERING = ".reordering";
    /** Opening is rare (start-up, a new index) and must not interleave with another re-sort. */
    private static final Object LOCK = new Object();

    private ValueOrderedMaps() {
    }

    static MVMap.Builder<KeyValue, Object> builder() {
        return new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueOrder());
    }

    /** The index map {@code name}, in value order: re-sorted first if the stock backend wrote it. */
    static MVMap<KeyValue, Object> open(MVStore store, String name) {
        synchronized (LOCK) {
            String tmp = name + REORDERING;
            if (store.hasMap(tmp)) {
                if (COPIED.equals(orders(store).get(name))) {
                    swapIn(store, name, store.openMap(tmp, builder()));
                } else {
                    store.removeMap(tmp); // a copy cut short: the old map is still whole, start again
                }
            }
            if (store.hasMap(name) && !VALUE_ORDER.equals(orders(store).get(name))) {
                reorder(store, name, tmp);
            }
            MVMap<KeyValue, Object> map = store.openMap(name, builder());
            orders(store).put(name, VALUE_ORDER);
            return map;
        }
    }

    /** A dropped index's map is gone: so is its mark. */
    static void forget(MVStore store, String name) {
        orders(store).remove(name);
    }

    private static MVMap<String, String> orders(MVStore store) {
        return store.openMap(ORDER_MAP);
    }

    /** Re-sorts an index map written in the stock order (its entries read in storage order, inserted in value order). */
    private static void reorder(MVStore store, String name, String tmp) {
        MVMap<Object, Object> old = store.openMap(name);
        MVMap<KeyValue, Object> copy = store.openMap(tmp, builder());
        for (Map.Entry<Object, Object> entry : old.entrySet()) {
            copy.put((KeyValue) entry.getKey(), entry.getValue());
        }
        store.commit();
        orders(store).put(name, COPIED);
        store.commit();
        LOG.info(() -> "Embedded store: index " + name + " re-sorted by value (" + copy.sizeAsLong() + " keys)");
        store.removeMap(old);
        swapIn(store, name, copy);
    }

    private static void swapIn(MVStore store, String name, MVMap<KeyValue, Object> copy) {
        if (store.hasMap(name)) {
            store.removeMap(name);
        }
        store.renameMap(copy, name);
        orders(store).put(name, VALUE_ORDER);
        store.commit();
    }
}
