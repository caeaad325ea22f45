package dev.skillfast.platform.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

/**
 * The unique index on its own: below-a-bound queries read only the keys up to the bound, and the string-key
 * shortcuts answer what mongo-java-server's general path answers.
 */
class ValueOrderedUniqueIndexTest {

    @Test
    void onlyBelowABoundOnASingleKeyIsTakenFromTheMapAndOnlyKeysUpToTheBoundAreRead() {
        MVStore store = new MVStore.Builder().open();
        ValueOrderedUniqueIndex index = sparseIndex(store, "due");
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

    @Test
    void theStringKeyShortcutsAnswerWhatTheGeneralPathAnswers() {
        MVStore store = new MVStore.Builder().open();
        ValueOrderedUniqueIndex fast = sparseIndex(store, "k");
        // the same field reached through a path the shortcut does not take: the general path throughout
        ValueOrderedUniqueIndex general = sparseIndex(store, "w.k");
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


    /** A unique sparse index on one field, over a map of an in-memory store. */
    private static ValueOrderedUniqueIndex sparseIndex(MVStore store, String field) {
        return new ValueOrderedUniqueIndex(store.openMap(field, ValueOrderedMaps.builder()),
                field + "_1", List.of(new de.bwaldvogel.mongo.backend.IndexKey(field, true)), true);
    }

    private static de.bwaldvogel.mongo.bson.Document query(String field, String operator, Object bound) {
        return new de.bwaldvogel.mongo.bson.Document(field, new de.bwaldvogel.mongo.bson.Document(operator, bound));
    }

    private static de.bwaldvogel.mongo.bson.Document doc(String field, Object value) {
        return new de.bwaldvogel.mongo.bson.Document(field, value);
    }

    private static de.bwaldvogel.mongo.bson.Document wrapped(Object value) {
        return doc("w", doc("k", value));
    }
}
