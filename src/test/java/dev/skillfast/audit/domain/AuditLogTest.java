package dev.skillfast.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import dev.skillfast.audit.store.AuditStore;
import dev.skillfast.platform.mongo.MongoConnection;
import dev.skillfast.platform.mongo.MongoSettings;

/** The audit log's chain on the embedded store: appends chain, and each kind of tampering is found where it is. */
class AuditLogTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:15:30.123456Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private MongoConnection connection;
    private AuditTrail trail;
    private AuditLog log;

    @BeforeEach
    void open() {
        connection = MongoConnection.open(new MongoSettings(Optional.empty(), "test", dataDir, false, Duration.ofSeconds(2)));
        AuditStore store = new AuditStore(connection.database());
        trail = new AuditTrail(store, CLOCK, null);
        log = new AuditLog(store, CLOCK);
    }

    @AfterEach
    void close() {
        connection.close();
    }

    private void recordFive() {
        for (int i = 1; i <= 5; i++) {
            trail.adminAction(AuditAction.USER_SUSPEND, "user", "u" + i, Map.of("suspended", false),
                    Map.of("suspended", true, "n", i), "reason " + i);
        }
    }

    private com.mongodb.client.MongoCollection<Document> raw() {
        return connection.database().getCollection("audit_log");
    }

    @Test
    void appendsAChainThatVerifies() {
        recordFive();

        ChainCheck check = log.verify();

        assertThat(check.intact()).isTrue();
        assertThat(check.records()).isEqualTo(5);
        assertThat(check.lastSeq()).isEqualTo(5);
        List<AuditRecord> newestFirst = log.find(new AuditFilter(null, null, null, null, null), 0, 10);
        assertThat(newestFirst).extracting(AuditRecord::seq).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(newestFirst.get(4).previousHash()).isNull();
        assertThat(newestFirst.get(3).previousHash()).isEqualTo(newestFirst.get(4).hash());
        assertThat(newestFirst.get(0).after()).contains("\"suspended\":true");
        assertThat(log.count(new AuditFilter(null, "user.suspend", "u3", null, null))).isEqualTo(1);
    }

    @Test
    void anEditedRecordIsFoundAtItsSeq() {
        recordFive();
        raw().updateOne(Filters.eq("_id", 3L), Updates.set("reason", "nothing to see"));

        ChainCheck check = log.verify();

        assertThat(check.intact()).isFalse();
        assertThat(check.firstBreak().seq()).isEqualTo(3);
        assertThat(check.firstBreak().problem()).isEqualTo("altered");
    }

    @Test
    void aRemovedRecordIsFoundWhereItWas() {
        recordFive();
        raw().deleteOne(Filters.eq("_id", 2L));

        ChainCheck check = log.verify();

        assertThat(check.firstBreak().seq()).isEqualTo(2);
        assertThat(check.firstBreak().problem()).isEqualTo("missing");
    }

    @Test
    void aRecordRehashedAfterAnEditIsFoundByItsSuccessor() {
        recordFive();
        Document third = raw().find(Filters.eq("_id", 3L)).first();
        AuditRecord forged = new AuditRecord(3, third.getDate("at").toInstant(), "someone-else", null, "user.suspend", "user",
                "u3", null, null, null, null, null, third.getString("previousHash"), null).sealed();
        raw().replaceOne(Filters.eq("_id", 3L), new Document(third).append("actorId", "someone-else")
                .append("actorName", null).append("before", null).append("after", null).append("reason", null)
                .append("hash", forged.hash()));

        ChainCheck check = log.verify();

        assertThat(check.firstBreak().seq()).isEqualTo(4);
        assertThat(check.firstBreak().problem()).isEqualTo("unlinked");
    }

    @Test
    void concurrentAppendsTakeEverySeqOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        trail.securityEvent(AuditAction.AUTH_SIGN_IN_LOCKED, "u", "u@example.com", Map.of("i", i), null);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        ChainCheck check = log.verify();
        assertThat(check.intact()).isTrue();
        assertThat(check.records()).isEqualTo(40);
    }
}
