package dev.skillfast.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;

/** Reading by many ids in queries of {@value ByIds#PER_QUERY}: every document found once, missing ones left out. */
class ByIdsTest {

    @TempDir
    Path dataDir;

    @Test
    void everyExistingIdIsFoundOnceAcrossQueriesAndTheProjectionApplies() {
        try (MongoConnection connection = MongoConnection.open(new MongoSettings(Optional.empty(), "test", dataDir, false,
                Duration.ofSeconds(2)))) {
            MongoCollection<Document> docs = connection.database().getCollection("docs");
            docs.insertMany(IntStream.range(0, 600).mapToObj(i -> new Document("_id", "d" + i).append("n", i).append("x", "big"))
                    .toList());
            List<String> wanted = new ArrayList<>(IntStream.range(0, 600).filter(i -> i % 2 == 0).mapToObj(i -> "d" + i).toList());
            wanted.add("missing-1");
            wanted.add("missing-2");
            List<Document> found = ByIds.find(docs, wanted, Projections.include("n"), d -> d);
            assertThat(found).hasSize(300);
            assertThat(found).extracting(d -> d.getString("_id")).doesNotHaveDuplicates()
                    .allSatisfy(id -> assertThat(Integer.parseInt(id.substring(1)) % 2).isZero());
            assertThat(found).allSatisfy(d -> assertThat(d).doesNotContainKey("x"));
            assertThat(ByIds.find(docs, List.of(), null, d -> d)).isEmpty();
        }
    }
}
