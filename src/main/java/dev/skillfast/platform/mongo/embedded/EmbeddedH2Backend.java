package dev.skillfast.platform.mongo.embedded;

import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

/**
 * mongo-java-server's H2 backend, made fast enough to be the default store (what each change is for and
 * what it gained: see the package notes). It keeps the stock backend's map names and operations and
 * replaces what the stock backend left to H2's Java serialisation and default cache:
 * <ul>
 *   <li>unique indexes (every collection's {@code _id} among them) over value-ordered maps
 *       ({@link ValueOrderedMaps}, {@link KeyValueOrder}) that also answer {@code $lt}/{@code $lte} on a
 *       single key, with shortcuts for top-level string keys ({@link ValueOrderedUniqueIndex});</li>
 *   <li>documents stored as BSON ({@link DocumentValues});</li>
 *   <li>a page cache sized to the heap ({@link #cacheMegabytes}).</li>
 * </ul>
 * A file the stock backend wrote is taken over when first opened; afterwards only this backend opens it.
 */
final class EmbeddedH2Backend extends H2Backend {

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
     * reads and decodes its page again.
     */
    static int cacheMegabytes(long maxHeapBytes) {
        long quarter = maxHeapBytes / 4 / (1024 * 1024);
        return (int) Math.max(16, Math.min(1024, quarter));
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
            return new ValueOrderedUniqueIndex(ValueOrderedMaps.open(getMvStore(), indexMapName(collectionName, indexName)),
                    indexName, keys, sparse);
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
            ValueOrderedMaps.forget(getMvStore(), indexMapName(collection.getCollectionName(), indexName));
        }

        /** The stock backend's name for an index's map. */
        private String indexMapName(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        }
    }
}
