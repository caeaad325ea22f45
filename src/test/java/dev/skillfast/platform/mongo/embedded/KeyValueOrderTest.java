package dev.skillfast.platform.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;

/**
 * Unique-index keys: stored as BSON where BSON gives them back as they were (else the old way), read in
 * either form, compared in mongo-java-server's value order and sized by what they hold.
 */
class KeyValueOrderTest {


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
        KeyValueOrder order = new KeyValueOrder();
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
        KeyValueOrder order = new KeyValueOrder();
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
        KeyValueOrder order = new KeyValueOrder();
        KeyValue key = new KeyValue("8b0c6a9e-1f2d-4c3b-9a8e-7d6c5b4a3f21:17");
        roundTrip(order, order, key);
        // H2's own estimate for a value it did not serialise is 10,000 bytes
        assertThat(order.getMemory(key)).isBetween(40, 400);
        assertThat(order.getMemory(new KeyValue("a", 1L))).isLessThan(order.getMemory(key));
    }

    @Test
    void indexKeysWrittenTheOldWayAreStillRead() {
        KeyValueOrder order = new KeyValueOrder();
        KeyValue key = new KeyValue("sessionId:3", 3L);
        assertThat(roundTrip(new ObjectDataType(), order, key)).isEqualTo(key);
        assertThat(roundTrip(order, order, key)).isEqualTo(key);
    }

    @Test
    void stringsCompareAsTheValueOrderComparesThem() {
        KeyValueOrder order = new KeyValueOrder();
        List<String> texts = List.of("", "a", "B", "b", "ab", "é", "ñandú", "🙂", "\uffff", "2026-11-29T10:00:00.000Z|x");
        for (String a : texts) {
            for (String b : texts) {
                int expected = Integer.signum(de.bwaldvogel.mongo.backend.ValueComparator.ascWithoutListHandling().compare(a, b));
                assertThat(Integer.signum(order.compare(new KeyValue(a), new KeyValue(b)))).as("%s vs %s", a, b).isEqualTo(expected);
            }
        }
    }
}
