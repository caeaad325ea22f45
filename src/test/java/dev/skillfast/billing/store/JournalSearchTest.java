package dev.skillfast.billing.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.skillfast.billing.domain.AccountIds;
import dev.skillfast.billing.domain.EntryStatus;
import dev.skillfast.billing.domain.EntryType;
import dev.skillfast.billing.domain.JournalEntry;
import dev.skillfast.billing.domain.JournalQuery;
import dev.skillfast.billing.domain.Posting;
import dev.skillfast.billing.domain.TurnoverRow;
import dev.skillfast.platform.mongo.MongoConnection;
import dev.skillfast.platform.mongo.MongoSettings;

/** The books' reading of the journal on the embedded store: filters, and the daily turnover pipeline. */
class JournalSearchTest {

    @TempDir
    Path dataDir;

    private MongoConnection connection;
    private JournalStore journal;
    private JournalSearch search;

    @BeforeEach
    void open() {
        connection = MongoConnection.open(new MongoSettings(Optional.empty(), "test", dataDir, false, Duration.ofSeconds(2)));
        new BillingIndexes().ensureIndexes(connection.database());
        journal = new JournalStore(connection.database());
        search = new JournalSearch(connection.database());
    }

    @AfterEach
    void close() {
        connection.close();
    }

    /** A unit of 100: 80 to the expert, 20 commission. */
    private JournalEntry charge(String session, long unit, String at, EntryStatus status) {
        return new JournalEntry(UUID.randomUUID().toString(), "charge:" + session + ":" + unit, EntryType.SESSION_CHARGE, "EUR",
                List.of(new Posting(AccountIds.wallet("client", "EUR"), -100), new Posting(AccountIds.earnings("expert", "EUR"), 80),
                        new Posting(AccountIds.commission("EUR"), 20)),
                session, unit, null, null, status, Instant.parse(at));
    }

    private void write(JournalEntry... entries) {
        journal.insertAll(List.of(entries));
        for (JournalEntry e : entries) {
            if (e.status() != EntryStatus.PENDING) {
                journal.markAll(Map.of(e.id(), e.status()), e.createdAt());
            }
        }
    }

    @Test
    void sumsAppliedSessionChargesPerUtcDay() {
        write(charge("s1", 0, "2026-12-01T08:00:00Z", EntryStatus.APPLIED),
                charge("s1", 1, "2026-12-01T23:59:59Z", EntryStatus.APPLIED),
                charge("s2", 0, "2026-12-03T00:00:00Z", EntryStatus.APPLIED),
                charge("s3", 0, "2026-12-03T10:00:00Z", EntryStatus.REFUSED),
                charge("s4", 0, "2026-12-09T10:00:00Z", EntryStatus.APPLIED));

        List<TurnoverRow> days = search.dailyTurnover("EUR", Instant.parse("2026-12-01T00:00:00Z"),
                Instant.parse("2026-12-08T00:00:00Z"));

        assertThat(days).extracting(TurnoverRow::period).containsExactly("2026-12-01", "2026-12-03");
        assertThat(days.get(0)).extracting(TurnoverRow::charges, TurnoverRow::turnover, TurnoverRow::commission,
                TurnoverRow::expertEarnings).containsExactly(2L, 200L, 40L, 160L);
        assertThat(days.get(1)).extracting(TurnoverRow::charges, TurnoverRow::turnover).containsExactly(1L, 100L);
        assertThat(search.dailyTurnover("USD", Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-08T00:00:00Z")))
                .isEmpty();
    }

    @Test
    void findsEntriesByTypeStatusAccountSessionAndTime() {
        write(charge("s1", 0, "2026-12-01T08:00:00Z", EntryStatus.APPLIED),
                charge("s2", 0, "2026-12-02T08:00:00Z", EntryStatus.REFUSED),
                charge("s2", 1, "2026-12-03T08:00:00Z", EntryStatus.APPLIED));

        JournalQuery ofS2 = new JournalQuery(null, null, null, "s2", null, null);
        assertThat(search.find(ofS2, 0, 10)).extracting(JournalEntry::unitIndex).containsExactly(1L, 0L);
        assertThat(search.count(new JournalQuery(EntryType.SESSION_CHARGE, EntryStatus.APPLIED,
                AccountIds.commission("EUR"), null, Instant.parse("2026-12-02T00:00:00Z"), null))).isEqualTo(1);
        assertThat(search.count(new JournalQuery(EntryType.GRANT, null, null, null, null, null))).isZero();
    }
}
