package dev.skillfast.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import dev.skillfast.billing.domain.AccountMoves.Debit;

/** {@link LedgerRecovery}: what a stopped server left half done is completed once, and leftover marks go. */
class LedgerRecoveryTest extends BillingFixtureTest {

    private boolean anyMarks() {
        return !b.accounts.withMarks(10, a -> true).isEmpty();
    }

    @Test
    void anEntryACrashLeftHalfAppliedIsCompletedOnceByRecovery() {
        b.wallets.grant("admin", "c1", 500, "EUR", "test", null);
        List<Posting> postings = List.of(new Posting(AccountIds.wallet("c1", "EUR"), -100),
                new Posting(AccountIds.earnings("e1", "EUR"), 80), new Posting(AccountIds.commission("EUR"), 20));
        JournalEntry pending = new JournalEntry("entry-1", "s9:0", EntryType.SESSION_CHARGE, "EUR", postings, "s9", 0L,
                null, null, EntryStatus.PENDING, b.clock.instant());
        b.journal.insertOrGetExisting(pending);
        // the crash: only the debit moved
        b.postings.debit(new Debit(AccountIds.wallet("c1", "EUR"), "EUR", "entry-1", 100, List.of()), b.clock.instant());
        assertTrue(b.ledger.check().differences().isEmpty(), "a half-applied entry is accounted for by its marks");
        assertTrue(b.accounts.withMarks(10, a -> a.holds("entry-1")).size() == 1);
        b.clock.advance(LedgerRecovery.RECOVER_AFTER.plusSeconds(1));
        assertEquals(1, b.ledger.recover());
        assertEquals(0, b.ledger.recover());
        assertEquals(400, b.wallets.balance("c1", "EUR"));
        assertEquals(80, b.wallets.earnings("e1", "EUR").balance());
        assertEquals(EntryStatus.APPLIED, b.ledger.byKey("s9:0").status());
        // posting the same key again changes nothing
        b.ledger.post(new EntryDraft(EntryType.SESSION_CHARGE, "s9:0", "EUR", postings, "s9", 0L, null, null));
        assertEquals(400, b.wallets.balance("c1", "EUR"));
        assertTrue(b.ledger.check().differences().isEmpty(), b::differences);
        assertTrue(b.accounts.withMarks(10, a -> a.holds("entry-1")).isEmpty(), "the recovered entry's marks cleared");
        // the grant's marks wait for their accounts' next write, or recovery once they have waited long enough
        assertTrue(anyMarks());
        b.clock.advance(ClearableMarks.CLEAR_AFTER);
        b.ledger.recover();
        assertTrue(!anyMarks(), "marks cleared");
    }

    @Test
    void aPendingEntryYoungerThanTwoMinutesIsLeftToItsWriter() {
        List<Posting> postings = List.of(new Posting(AccountIds.funding("EUR"), -100), new Posting(AccountIds.wallet("c1", "EUR"), 100));
        b.journal.insertOrGetExisting(new JournalEntry("young", "g:1", EntryType.GRANT, "EUR", postings, null, null, null,
                "admin", EntryStatus.PENDING, b.clock.instant()));
        b.clock.advance(LedgerRecovery.RECOVER_AFTER.minusSeconds(1));
        assertEquals(0, b.ledger.recover());
        assertEquals(0, b.wallets.balance("c1", "EUR"));
        b.clock.advance(Duration.ofSeconds(2));
        assertEquals(1, b.ledger.recover());
        assertEquals(100, b.wallets.balance("c1", "EUR"));
    }

    @Test
    void pendingEntriesAnEarlierBuildWroteWithoutAKeyAreKeyedOnceAndRecovered() {
        b.wallets.grant("admin", "c1", 500, "EUR", "test", null);
        // as a build before the pendingKey field left a half-applied entry (and no record of the keying)
        b.f.connection.database().getCollection("migrations").deleteMany(new Document());
        b.f.connection.database().getCollection("transactions").insertOne(new Document("_id", "old-1")
                .append("key", "s8:0").append("type", "SESSION_CHARGE").append("currency", "EUR")
                .append("postings", List.of(new Document("account", AccountIds.wallet("c1", "EUR")).append("amount", -100L),
                        new Document("account", AccountIds.earnings("e1", "EUR")).append("amount", 100L)))
                .append("accounts", List.of(AccountIds.wallet("c1", "EUR"), AccountIds.earnings("e1", "EUR")))
                .append("sessionId", "s8").append("unitIndex", 0L).append("status", "PENDING")
                .append("createdAt", Date.from(b.clock.instant())));
        b.clock.advance(LedgerRecovery.RECOVER_AFTER.plusSeconds(1));
        assertEquals(0, b.ledger.recover(), "not found without its key");
        assertEquals(1, b.journal.keyOlderPendingEntries());
        assertEquals(0, b.journal.keyOlderPendingEntries(), "once per database");
        assertEquals(1, b.ledger.recover());
        assertEquals(400, b.wallets.balance("c1", "EUR"));
        assertEquals(EntryStatus.APPLIED, b.ledger.byKey("s8:0").status());
        assertTrue(b.journal.pendingSince(b.clock.instant(), 10).isEmpty(), "an entry leaves the list once decided");
    }

    @Test
    void marksAStoppedServerLeftAreClearedByTheFirstRecoveryThenEveryQuarterOfAnHour() {
        b.wallets.grant("admin", "c1", 500, "EUR", "test", null); // its marks wait in this server's queue
        // another server, or this one after a restart: the marks are leftovers to it
        Ledger restarted = b.ledger(new ClearableMarks(b.accounts, b.clock));
        assertTrue(anyMarks());
        restarted.recover();
        assertTrue(!anyMarks(), "the first recovery scans for leftovers");
        b.wallets.grant("admin", "c2", 500, "EUR", "test", null);
        b.clock.advance(Duration.ofMinutes(1));
        restarted.recover();
        assertTrue(anyMarks(), "not scanned every minute");
        b.clock.advance(LedgerRecovery.LEFTOVER_SCAN_EVERY);
        restarted.recover();
        assertTrue(!anyMarks());
        assertEquals(1000, b.wallets.balance("c1", "EUR") + b.wallets.balance("c2", "EUR"));
        assertTrue(b.ledger.check().differences().isEmpty(), b::differences);
    }

    @Test
    void marksQueuedOnThisServerAreNotScannedForButFlushedOnceTheyHaveWaited() {
        b.wallets.grant("admin", "c1", 500, "EUR", "test", null);
        b.ledger.recover();
        assertTrue(anyMarks(), "queued here: the next write to the account clears them");
        b.clock.advance(ClearableMarks.CLEAR_AFTER);
        b.ledger.recover();
        assertTrue(!anyMarks());
    }
}
