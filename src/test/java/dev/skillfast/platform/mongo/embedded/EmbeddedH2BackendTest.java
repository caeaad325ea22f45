package dev.skillfast.platform.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.bson.Document;
import org.h2.mvstore.MVStore;
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
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The tuned backend end to end, through a MongoDB client: the value-ordered unique indexes behave like the
 * stock ones (lookups, duplicates, restarts, ranges below a bound) and take over a file the stock backend
 * wrote, including one whose re-sorting a crash interrupted; documents come back from their BSON form as
 * they went in, and the old Java-serialised form is still read. (Keys: KeyValueOrderTest; the index on its
 * own: ValueOrderedUniqueIndexTest.)
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
            assertThat(store.<String, String>openMap(ValueOrderedMaps.ORDER_MAP).values()).isNotEmpty()
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
                .keyType(new KeyValueOrder())), index + ".reordering");
        store.<String, String>openMap(ValueOrderedMaps.ORDER_MAP).put(index, "copied");
        store.close();

        with(new EmbeddedH2Backend(file()), EmbeddedH2BackendTest::assertEveryLookupAndConstraint);
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
}
