package dev.skillfast.realtime.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.skillfast.platform.mongo.MongoConnection;
import dev.skillfast.platform.mongo.MongoSettings;
import dev.skillfast.realtime.domain.ChatMessage;

/** The batch layout on the embedded store: blocks, keys, pages in order, and batches of the older layout. */
class MessageStoreTest {

    private static final Instant AT = Instant.parse("2026-12-06T10:15:30.123Z");

    @TempDir
    Path dataDir;

    private MongoConnection connection;
    private MessageStore store;

    @BeforeEach
    void open() {
        connection = MongoConnection.open(new MongoSettings(Optional.empty(), "test", dataDir, false, Duration.ofSeconds(2)));
        new RealtimeIndexes(true).ensureIndexes(connection.database());
        store = new MessageStore(connection.database());
    }

    @AfterEach
    void close() {
        connection.close();
    }

    private static ChatMessage message(String session, long seq, String text) {
        return new ChatMessage(session, seq, "user-" + (seq % 2), text, AT);
    }

    @Test
    void aBatchIsOneDocumentWithABlockAndOneKeyPerMessage() {
        store.insertBatch(List.of(message("s1", 1, "hola"), message("s2", 1, "hi"), message("s1", 2, "¿qué tal? 😀")));

        Document batch = connection.database().getCollection(MessageStore.COLLECTION).find().first();
        assertThat(batch.getList("keys", String.class))
                .containsExactly("s1/0000000000000000001", "s2/0000000000000000001", "s1/0000000000000000002");
        assertThat(batch.get("messages", Binary.class).getData()).isNotEmpty();
        assertThat(store.after("s1", 0, 10)).containsExactly(message("s1", 1, "hola"), message("s1", 2, "¿qué tal? 😀"));
        assertThat(store.after("s2", 0, 10)).containsExactly(message("s2", 1, "hi"));
    }

    @Test
    void pagesStartAfterTheGivenNumberAndStopAtTheLimitAcrossBatches() {
        for (int batch = 0; batch < 5; batch++) {
            List<ChatMessage> messages = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                messages.add(message("s1", batch * 3 + i, "m" + (batch * 3 + i)));
                messages.add(message("other", batch * 3 + i, "x"));
            }
            store.insertBatch(messages);
        }

        assertThat(store.after("s1", 4, 5)).extracting(ChatMessage::seq).containsExactly(5L, 6L, 7L, 8L, 9L);
        assertThat(store.after("s1", 13, 5)).extracting(ChatMessage::seq).containsExactly(14L, 15L);
        assertThat(store.after("s1", 15, 5)).isEmpty();
        assertThat(store.after("s", 0, 5)).as("a session id that prefixes another").isEmpty();
        assertThat(store.lastSeq("s1", false)).isEqualTo(15);
        assertThat(store.lastSeq("nobody", false)).isZero();
    }

    @Test
    void numbersPastNineDigitsKeepTheirOrder() {
        store.insertBatch(List.of(message("s1", 999_999_999L, "a"), message("s1", 1_000_000_000L, "b")));

        assertThat(store.after("s1", 999_999_999L, 10)).extracting(ChatMessage::text).containsExactly("b");
        assertThat(store.lastSeq("s1", false)).isEqualTo(1_000_000_000L);
    }

    @Test
    void aLargeBatchIsSplitBelowTheDocumentLimit() {
        String text = "x".repeat(4_000);
        List<ChatMessage> messages = new ArrayList<>();
        for (int i = 1; i <= 600; i++) {
            messages.add(message("s1", i, text));
        }
        store.insertBatch(messages);

        assertThat(connection.database().getCollection(MessageStore.COLLECTION).countDocuments()).isEqualTo(3);
        assertThat(store.after("s1", 0, 1_000)).hasSize(600);
        assertThat(store.lastSeq("s1", false)).isEqualTo(600);
    }

    @Test
    void batchesOfTheOlderLayoutAreStillRead() {
        List<Document> items = List.of(
                new Document("sessionId", "s1").append("seq", 1L).append("senderId", "user-1").append("text", "old one")
                        .append("sentAt", Date.from(AT)),
                new Document("sessionId", "s2").append("seq", 1L).append("senderId", "user-1").append("text", "other")
                        .append("sentAt", Date.from(AT)));
        connection.database().getCollection(MessageStore.COLLECTION).insertOne(
                new Document("sessions", List.of("s1", "s2")).append("items", items).append("writtenAt", Date.from(AT)));
        store.insertBatch(List.of(message("s1", 2, "new one")));

        assertThat(store.after("s1", 0, 10)).containsExactly(new ChatMessage("s1", 1, "user-1", "old one", AT),
                message("s1", 2, "new one"));
        assertThat(store.after("s1", 1, 10)).containsExactly(message("s1", 2, "new one"));
        assertThat(store.lastSeq("s2", false)).isEqualTo(1);
        assertThat(store.lastSeq("s1", false)).isEqualTo(2);
    }

    @Test
    void aSequenceNumberStoredTwiceIsRefusedAndNothingOfThatBatchIsKept() {
        store.insertBatch(List.of(message("s1", 1, "from one server"), message("s1", 2, "and again")));

        assertThatThrownBy(() -> store.insertBatch(List.of(message("s2", 1, "other"), message("s1", 2, "from another"))))
                .isInstanceOfSatisfying(SeqTaken.class, taken -> assertThat(taken.storedMessages()).isZero());
        assertThat(store.after("s1", 0, 10)).extracting(ChatMessage::text).containsExactly("from one server", "and again");
        assertThat(store.after("s2", 0, 10)).isEmpty();
    }

    @Test
    void pagesAndTheLastNumberHoldWhenBatchesOfASessionAreNotStoredInNumberOrder() {
        // two servers handing a session over in one second: their batches' _ids need not follow the numbers
        store.insertBatch(List.of(message("s1", 3, "c"), message("s1", 4, "d")));
        store.insertBatch(List.of(message("s1", 1, "a"), message("s1", 2, "b")));
        for (int i = 0; i < 5; i++) {
            store.insertBatch(List.of(message("other", i + 1, "filler")));
        }

        assertThat(store.after("s1", 0, 2)).extracting(ChatMessage::seq).containsExactly(1L, 2L);
        assertThat(store.after("s1", 2, 2)).extracting(ChatMessage::seq).containsExactly(3L, 4L);
        assertThat(store.lastSeq("s1", true)).isEqualTo(4);
    }

    @Test
    void theKeysIndexIsUniqueWhereServersShareTheDatabaseAndPlainOnTheEmbeddedStore() {
        assertThat(keyIndexes()).containsExactly(RealtimeIndexes.UNIQUE_KEYS + " unique");

        new RealtimeIndexes(false).ensureIndexes(connection.database()); // the same database, now as one server's
        assertThat(keyIndexes()).containsExactly(RealtimeIndexes.PLAIN_KEYS);
        new RealtimeIndexes(true).ensureIndexes(connection.database());
        assertThat(keyIndexes()).containsExactly(RealtimeIndexes.UNIQUE_KEYS + " unique");
    }

    private List<String> keyIndexes() {
        List<String> names = new ArrayList<>();
        for (Document index : connection.database().getCollection(MessageStore.COLLECTION).listIndexes()) {
            if (index.get("key", Document.class).containsKey("keys")) {
                names.add(index.getString("name") + (index.getBoolean("unique", false) ? " unique" : ""));
            }
        }
        return names;
    }
}
