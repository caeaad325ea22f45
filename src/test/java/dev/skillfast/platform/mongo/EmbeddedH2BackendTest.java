package dev.skillfast.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The value-ordered unique indexes behave like the stock ones (lookups, duplicates, restarts) and take
 * over a file the stock backend wrote, including one whose re-sorting a crash interrupted; documents and
 * index keys come back from their BSON form as they went in, and the old Java-serialised form is still read.
 */
class EmbeddedH2BackendTest {

    private static final int DOCS = 3_000;

    @TempDir
    Path dir;

    private String file() {
        return dir.resolve("store.mv.db").toString();
    }

    private static void with(MongoBackend backend, Consumer<MongoCollection<Document>> work) {
        MongoServer server = new MongoServer(backend);
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        InetSocketAddress address = server.getLocalAddress();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            work.accept(client.getDatabase("t").getCollection("entries"));
        } finally {
            server.shutdown();
        }
    }

    private static void fill(MongoCollection<Document> entries) {
        entries.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
        entries.createIndex(Indexes.ascending("owner", "n"), new IndexOptions().unique(true));
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < DOCS; i++) {
            // mixed lengths, so the value order differs from the stock (length-first byte) order
            docs.add(new Document("_id", "id-" + i).append("key", "k" + (i * 7919 % 100_003)).append("owner", "o" + (i % 13))
                    .append("n", (long) i));
        }
        entries.insertMany(docs, new InsertManyOptions().ordered(false));
    }

    private static void assertEveryLookupAndConstraint(MongoCollection<Document> entries) {
        for (int i = 0; i < DOCS; i += 7) {
            assertThat(entries.find(Filters.eq("_id", "id-" + i)).first()).as("by _id %d", i).isNotNull();
            assertThat(entries.find(Filters.eq("key", "k" + (i * 7919 % 100_003))).first()).as("by key %d", i)
                    .isNotNull().containsEntry("_id", "id-" + i);
            assertThat(entries.find(Filters.and(Filters.eq("owner", "o" + (i % 13)), Filters.eq("n", (long) i))).first())
                    .as("by compound key %d", i).isNotNull();
        }
        assertThat(entries.countDocuments()).isEqualTo(DOCS);
        assertDuplicate(() -> entries.insertOne(new Document("_id", "id-5")));
        assertDuplicate(() -> entries.insertOne(new Document("_id", "new").append("key", "k" + (3 * 7919 % 100_003))));
        assertDuplicate(() -> entries.insertOne(new Document("_id", "new").append("owner", "o4").append("n", 4L)));
    }

    private static void assertDuplicate(Runnable write) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(MongoWriteException.class,
                e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
    }

    @Test
    void uniqueIndexesFindEveryKeyRefuseDuplicatesAndSurviveARestart() {
        with(new EmbeddedH2Backend(file()), entries -> {
            fill(entries);
            assertEveryLookupAndConstraint(entries);
            entries.deleteOne(Filters.eq("_id", "id-7"));
            entries.insertOne(new Document("_id", "id-7").append("key", "k" + (7 * 7919 % 100_003)).append("owner", "o7")
                    .append("n", 7L));
        });
        with(new EmbeddedH2Backend(file()), EmbeddedH2BackendTest::assertEveryLookupAndConstraint);
    }

    @Test
    void documentsKeepEveryValueAndTypeAcrossARestart() {
        Document original = new Document("_id", "all").append("int", 7).append("long", 7L).append("double", 0.1)
                .append("text", "ñandú <b>\u0000</b> 🙂").append("yes", true).append("nothing", null)
                .append("date", java.util.Date.from(java.time.Instant.parse("2026-11-29T05:00:00.123Z")))
                .append("id", new org.bson.types.ObjectId("65a000000000000000000001"))
                .append("money", org.bson.types.Decimal128.parse("12.34"))
                .append("bytes", new org.bson.types.Binary(new byte[] {1, 2, 3}))
                .append("nested", new Document("list", List.of(1L, "two", new Document("three", 3))).append("empty", new Document()))
                .append("marks", new Document("a.b", true));
        with(new EmbeddedH2Backend(file()), entries -> entries.insertOne(original));
        with(new EmbeddedH2Backend(file()), entries -> {
            Document read = entries.find(Filters.eq("_id", "all")).first();
            assertThat(read).isEqualTo(original);
            assertThat(read.get("int")).isInstanceOf(Integer.class);
            assertThat(read.get("long")).isInstanceOf(Long.class);
            assertThat(new ArrayList<>(read.keySet())).containsExactlyElementsOf(original.keySet());
            entries.updateOne(Filters.eq("_id", "all"), com.mongodb.client.model.Updates.inc("long", 1L));
        });
        with(new EmbeddedH2Backend(file()), entries -> assertThat(entries.find(Filters.eq("_id", "all")).first())
                .containsEntry("long", 8L).containsEntry("text", "ñandú <b>\u0000</b> 🙂"));
    }

    @Test
    void documentsTheStockBackendJavaSerialisedAreReadAndRewrittenAsBson() {
        with(new H2Backend(file()), entries -> entries.insertOne(new Document("_id", "old").append("n", 1L)
                .append("nested", new Document("k", List.of("v")))));
        with(new EmbeddedH2Backend(file()), entries -> {
            assertThat(entries.find(Filters.eq("_id", "old")).first()).containsEntry("n", 1L);
            entries.updateOne(Filters.eq("_id", "old"), com.mongodb.client.model.Updates.inc("n", 1L));
        });
        with(new EmbeddedH2Backend(file()), entries -> assertThat(entries.find(Filters.eq("_id", "old")).first())
                .containsEntry("n", 2L).containsEntry("nested", new Document("k", List.of("v"))));
        MVStore store = MVStore.open(file());
        try {
            String documents = store.getMapNames().stream().filter(name -> name.startsWith("databases.") && name.endsWith(".entries"))
                    .findFirst().orElseThrow();
            // H2's default type cannot read it any more: it was rewritten in the new format
            assertThatThrownBy(() -> List.copyOf(store.openMap(documents).values())).hasMessageContaining("Unsupported type -66");
        } finally {
            store.close();
        }
    }

    @Test
    void aFileWrittenByTheStockBackendIsReSortedOnceAndKeepsEveryKey() {
        with(new H2Backend(file()), EmbeddedH2BackendTest::fill);

        with(new EmbeddedH2Backend(file()), entries -> {
            assertEveryLookupAndConstraint(entries);
            entries.insertOne(new Document("_id", "after").append("key", "after").append("owner", "x").append("n", 1L));
        });
        with(new EmbeddedH2Backend(file()), entries -> {
            assertThat(entries.find(Filters.eq("key", "after")).first()).isNotNull();
            entries.deleteOne(Filters.eq("_id", "after"));
            assertEveryLookupAndConstraint(entries);
        });
        MVStore store = MVStore.open(file());
        try {
            assertThat(store.<String, String>openMap(EmbeddedH2Backend.ORDER_MAP).values()).isNotEmpty()
                    .containsOnly("value-order-1");
            assertThat(store.getMapNames()).noneMatch(name -> name.endsWith(".reordering"));
        } finally {
            store.close();
        }
    }

    @Test
    void aCopyCutShortByACrashIsThrownAwayAndMadeAgain() {
        with(new H2Backend(file()), EmbeddedH2BackendTest::fill);
        // what a crash in the middle of the copy leaves: the stock map whole, a partial copy beside it
        MVStore store = MVStore.open(file());
        String index = store.getMapNames().stream().filter(name -> name.endsWith("._index_key_1")).findFirst().orElseThrow();
        store.<KeyValue, Object>openMap(index + ".reordering").put(new KeyValue("k1"), "bogus");
        store.close();

        with(new EmbeddedH2Backend(file()), EmbeddedH2BackendTest::assertEveryLookupAndConstraint);
    }

    @Test
    void aFinishedCopyWhoseSwapACrashInterruptedIsSwappedIn() {
        with(new H2Backend(file()), EmbeddedH2BackendTest::fill);
        with(new EmbeddedH2Backend(file()), entries -> {
        });
        // what a crash after the copy was marked complete leaves: the copy under its temporary name
        MVStore store = MVStore.open(file());
        String index = store.getMapNames().stream().filter(name -> name.endsWith("._index_key_1")).findFirst().orElseThrow();
        store.renameMap(store.openMap(index, new org.h2.mvstore.MVMap.Builder<KeyValue, Object>()
                .keyType(new EmbeddedH2Backend.KeyValueOrder())), index + ".reordering");
        store.<String, String>openMap(EmbeddedH2Backend.ORDER_MAP).put(index, "copied");
        store.close();

        with(new EmbeddedH2Backend(file()), EmbeddedH2BackendTest::assertEveryLookupAndConstraint);
    }

    /** Writes a key the way H2 writes a page's keys and reads it back the way H2 reads them. */
    private static Object roundTrip(ObjectDataType writer, ObjectDataType reader, Object key) {
        WriteBuffer buffer = new WriteBuffer();
        writer.write(buffer, key);
        java.nio.ByteBuffer written = buffer.getBuffer();
        written.flip();
        Object read = reader.read(written);
        assertThat(written.remaining()).as("bytes left after reading %s", key).isZero();
        return read;
    }

    @Test
    void indexKeysOfEveryValueTypeComeBackEqualAndInTheSameOrder() {
        EmbeddedH2Backend.KeyValueOrder order = new EmbeddedH2Backend.KeyValueOrder();
        List<KeyValue> keys = List.of(new KeyValue("text ñ 🙂"), new KeyValue(7), new KeyValue(7L), new KeyValue(0.1),
                new KeyValue(true), new KeyValue((Object) null), new KeyValue(java.time.Instant.parse("2026-11-29T05:00:00.123Z")),
                new KeyValue(new de.bwaldvogel.mongo.bson.ObjectId("65a000000000000000000001")),
                new KeyValue("owner", 42L), new KeyValue("sessionId", 3L, "x"));
        for (KeyValue key : keys) {
            Object read = roundTrip(order, order, key);
            assertThat(read).as("key %s", key).isEqualTo(key);
            assertThat(order.compare(read, key)).as("order of %s", key).isZero();
            for (KeyValue other : keys) {
                assertThat(Integer.signum(order.compare(read, other))).as("%s against %s", key, other)
                        .isEqualTo(Integer.signum(order.compare(key, other)));
            }
        }
    }

    @Test
    void indexKeysBsonWouldChangeAreWrittenTheOldWay() {
        EmbeddedH2Backend.KeyValueOrder order = new EmbeddedH2Backend.KeyValueOrder();
        // BSON has no "missing" (it would come back as null, another key) and nested values are left alone
        for (KeyValue key : List.of(new KeyValue(Missing.getInstance()), new KeyValue("o", Missing.getInstance()),
                new KeyValue(new de.bwaldvogel.mongo.bson.Document("a", 1)), new KeyValue((Object) List.of("x", 2L)),
                new KeyValue(java.time.Instant.parse("2026-11-29T05:00:00.123456Z")))) {
            WriteBuffer ours = new WriteBuffer();
            order.write(ours, key);
            WriteBuffer old = new WriteBuffer();
            new ObjectDataType().write(old, key);
            assertThat(ours.getBuffer().flip()).as("bytes of %s", key).isEqualTo(old.getBuffer().flip());
        }
    }

    @Test
    void indexKeysAreSizedByWhatTheyHoldSoPagesAndTheCacheFillAsTheyShould() {
        EmbeddedH2Backend.KeyValueOrder order = new EmbeddedH2Backend.KeyValueOrder();
        KeyValue key = new KeyValue("8b0c6a9e-1f2d-4c3b-9a8e-7d6c5b4a3f21:17");
        roundTrip(order, order, key);
        // H2's own estimate for a value it did not serialise is 10,000 bytes
        assertThat(order.getMemory(key)).isBetween(40, 400);
        assertThat(order.getMemory(new KeyValue("a", 1L))).isLessThan(order.getMemory(key));
    }

    @Test
    void indexKeysWrittenTheOldWayAreStillRead() {
        EmbeddedH2Backend.KeyValueOrder order = new EmbeddedH2Backend.KeyValueOrder();
        KeyValue key = new KeyValue("sessionId:3", 3L);
        assertThat(roundTrip(new ObjectDataType(), order, key)).isEqualTo(key);
        assertThat(roundTrip(order, order, key)).isEqualTo(key);
    }

    @Test
    void theCacheIsAQuarterOfTheHeapWithinBounds() {
        long mb = 1024 * 1024;
        assertThat(EmbeddedH2Backend.cacheMegabytes(32 * mb)).isEqualTo(16);
        assertThat(EmbeddedH2Backend.cacheMegabytes(512 * mb)).isEqualTo(128);
        assertThat(EmbeddedH2Backend.cacheMegabytes(2048 * mb)).isEqualTo(512);
        assertThat(EmbeddedH2Backend.cacheMegabytes(8192 * mb)).isEqualTo(1024);
    }

    @Test
    void belowABoundQueriesAnswerFromTheIndexWhatAScanAnswers() {
        MongoServer server = new MongoServer(new EmbeddedH2Backend(file()));
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            MongoCollection<Document> indexed = client.getDatabase("t").getCollection("indexed");
            MongoCollection<Document> scanned = client.getDatabase("t").getCollection("scanned");
            indexed.createIndex(Indexes.ascending("due"), new IndexOptions().unique(true).sparse(true));
            indexed.createIndex(Indexes.ascending("n"), new IndexOptions().unique(true));
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                Document d = new Document("_id", "s" + i).append("n", (long) (i * 37 % 500));
                if (i % 5 != 0) { // some without the sparse key
                    d.append("due", String.format("2026-11-29T10:%02d:%02d.000Z|s%d", i % 60, i % 59, i));
                }
                docs.add(d);
            }
            docs.add(new Document("_id", "int").append("due", 7).append("n", 1000));
            docs.add(new Document("_id", "double").append("due", 2.5).append("n", 1000.5));
            docs.add(new Document("_id", "null").append("due", null).append("n", -1L));
            docs.add(new Document("_id", "date").append("due", java.util.Date.from(java.time.Instant.parse("2026-11-29T10:00:00Z"))));
            indexed.insertMany(docs);
            scanned.insertMany(docs);
            String key = docs.get(1).getString("due");
            List<org.bson.conversions.Bson> queries = List.of(Filters.lt("due", "2026-11-29T10:30"), Filters.lte("due", key),
                    Filters.lt("due", key), Filters.lt("due", "2026"), Filters.lt("due", "3"), Filters.lte("due", 7L),
                    Filters.lt("due", 7), Filters.lte("n", 100L), Filters.lt("n", 100), Filters.lte("n", 1000.5),
                    new Document("due", new Document("$lt", "2026-11-29T10:10").append("$lte", "2026-11-29T10:20")),
                    Filters.lt("due", java.util.Date.from(java.time.Instant.parse("2026-11-29T11:00:00Z"))));
            for (org.bson.conversions.Bson query : queries) {
                assertThat(ids(indexed, query)).as("%s", query).isEqualTo(ids(scanned, query));
            }
            assertThat(ids(indexed, Filters.lt("due", "2026-11-29T10:02"))).isNotEmpty();
            // the index keeps working as keys move and go
            indexed.updateOne(Filters.eq("_id", "s1"), com.mongodb.client.model.Updates.set("due", "2026-11-29T09:00:00.000Z|s1"));
            indexed.updateOne(Filters.eq("_id", "s2"), com.mongodb.client.model.Updates.unset("due"));
            assertThat(ids(indexed, Filters.lt("due", "2026-11-29T10:00"))).containsExactly("s1");
            assertThat(ids(indexed, Filters.lt("due", "2026-11-29T11"))).doesNotContain("s2").contains("s1");
        } finally {
            server.shutdown();
        }
    }

    private static java.util.Set<String> ids(MongoCollection<Document> collection, org.bson.conversions.Bson query) {
        return collection.find(query).map(d -> d.getString("_id")).into(new java.util.TreeSet<>());
    }

    @Test
    void onlyBelowABoundOnASingleKeyIsTakenFromTheMapAndOnlyKeysUpToTheBoundAreRead() {
        MVStore store = new MVStore.Builder().open();
        EmbeddedH2Backend.ValueOrderedUniqueIndex index = sparseIndex(store, "due");
        for (int i = 0; i < 100; i++) {
            index.add(new de.bwaldvogel.mongo.bson.Document("due", String.format("k%03d", i)), "p" + i, null);
        }
        assertThat(index.canHandle(query("due", "$lt", "k050"))).isTrue();
        assertThat(index.getPositions(query("due", "$lt", "k050"))).hasSize(51).contains("p0", "p50").doesNotContain("p51");
        assertThat(index.getPositions(query("due", "$lte", "k009"))).hasSize(10);
        assertThat(index.canHandle(query("due", "$gt", "k050"))).isFalse();
        assertThat(index.canHandle(query("due", "$lt", null))).isFalse();
        assertThat(index.canHandle(query("due", "$lt", new de.bwaldvogel.mongo.bson.Document("a", 1)))).isFalse();
        assertThat(index.canHandle(query("other", "$lt", "k050"))).isFalse();
        assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("due", "k001"))).isTrue();
        assertThat(index.getPositions(new de.bwaldvogel.mongo.bson.Document("due", "k001"))).containsExactly("p1");
        store.close();
    }

    /** A unique sparse index on one field, over a map of an in-memory store. */
    private static EmbeddedH2Backend.ValueOrderedUniqueIndex sparseIndex(MVStore store, String field) {
        return new EmbeddedH2Backend.ValueOrderedUniqueIndex(store.openMap(field, EmbeddedH2Backend.valueOrdered()),
                field + "_1", List.of(new de.bwaldvogel.mongo.backend.IndexKey(field, true)), true);
    }

    private static de.bwaldvogel.mongo.bson.Document query(String field, String operator, Object bound) {
        return new de.bwaldvogel.mongo.bson.Document(field, new de.bwaldvogel.mongo.bson.Document(operator, bound));
    }

    @Test
    void theStringKeyShortcutsAnswerWhatTheGeneralPathAnswers() {
        MVStore store = new MVStore.Builder().open();
        EmbeddedH2Backend.ValueOrderedUniqueIndex fast = sparseIndex(store, "k");
        // the same field reached through a path the shortcut does not take: the general path throughout
        EmbeddedH2Backend.ValueOrderedUniqueIndex general = sparseIndex(store, "w.k");
        List<Object> values = new ArrayList<>(List.of("a", "", "ñandú 🙂", 1L, 2.5, true)); // (1 and 1L are one key)
        values.add(null);
        values.add(List.of("x", "y"));
        for (int i = 0; i < values.size(); i++) {
            fast.add(doc("k", values.get(i)), "p" + i, null);
            general.add(wrapped(values.get(i)), "p" + i, null);
        }
        for (Object value : values) {
            assertThat(fast.getKeyValues(doc("k", value))).as("keys of %s", value).isEqualTo(general.getKeyValues(wrapped(value)));
            assertThat(fast.getPosition(doc("k", value))).as("position of %s", value).isEqualTo(general.getPosition(wrapped(value)));
            for (Object other : values) {
                assertThat(fast.isSameKey(doc("k", value).append("n", 1), doc("k", other).append("n", 2)))
                        .as("%s vs %s", value, other).isEqualTo(general.isSameKey(wrapped(value), wrapped(other)));
            }
            assertThat(fast.isSameKey(doc("k", value), new de.bwaldvogel.mongo.bson.Document()))
                    .isEqualTo(general.isSameKey(wrapped(value), new de.bwaldvogel.mongo.bson.Document()));
        }
        assertThat(fast.isSameKey(new de.bwaldvogel.mongo.bson.Document("n", 1), new de.bwaldvogel.mongo.bson.Document("n", 2)))
                .isTrue();
        assertThat(fast.getPosition(doc("k", "missing"))).isNull();
        store.close();
    }

    private static de.bwaldvogel.mongo.bson.Document doc(String field, Object value) {
        return new de.bwaldvogel.mongo.bson.Document(field, value);
    }

    private static de.bwaldvogel.mongo.bson.Document wrapped(Object value) {
        return doc("w", doc("k", value));
    }

    @Test
    void stringsCompareAsTheValueOrderComparesThem() {
        EmbeddedH2Backend.KeyValueOrder order = new EmbeddedH2Backend.KeyValueOrder();
        List<String> texts = List.of("", "a", "B", "b", "ab", "é", "ñandú", "🙂", "\uffff", "2026-11-29T10:00:00.000Z|x");
        for (String a : texts) {
            for (String b : texts) {
                int expected = Integer.signum(de.bwaldvogel.mongo.backend.ValueComparator.ascWithoutListHandling().compare(a, b));
                assertThat(Integer.signum(order.compare(new KeyValue(a), new KeyValue(b)))).as("%s vs %s", a, b).isEqualTo(expected);
            }
        }
    }
}
