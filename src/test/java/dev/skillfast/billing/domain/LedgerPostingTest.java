package dev.skillfast.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.skillfast.platform.errors.ConflictException;
import dev.skillfast.platform.errors.InvalidInputException;

/** Posting entries, one at a time ({@link EntryPosting}) and in batches ({@link BatchPosting}). */
class LedgerPostingTest extends BillingFixtureTest {

    private static EntryDraft charge(String key, String client, long amount) {
        return new EntryDraft(EntryType.SESSION_CHARGE, key, "EUR", List.of(new Posting(AccountIds.wallet(client, "EUR"), -amount),
                new Posting(AccountIds.earnings("e1", "EUR"), amount * 8 / 10),
                new Posting(AccountIds.commission("EUR"), amount - amount * 8 / 10)), key, 1L, null, null);
    }

    @Test
    void anEntryIsPostedOnceUnderItsKey() {
        b.wallets.grant("admin", "c1", 500, "EUR", "test", null);
        JournalEntry first = b.ledger.post(charge("s1:1", "c1", 100));
        JournalEntry again = b.ledger.post(charge("s1:1", "c1", 100));
        assertEquals(EntryStatus.APPLIED, first.status());
        assertEquals(first.id(), again.id(), "the entry already under the key");
        assertEquals(400, b.wallets.balance("c1", "EUR"));
        assertEquals(80, b.wallets.earnings("e1", "EUR").balance());
        assertTrue(b.ledger.check().differences().isEmpty(), b::differences);
    }

    @Test
    void aRefusedDebitMovesNothingElse() {
        b.wallets.grant("admin", "c1", 50, "EUR", "test", null);
        JournalEntry refused = b.ledger.post(charge("s1:1", "c1", 100));
        assertEquals(EntryStatus.REFUSED, refused.status());
        assertEquals(50, b.wallets.balance("c1", "EUR"));
        assertEquals(0, b.wallets.earnings("e1", "EUR").balance());
        assertEquals(EntryStatus.REFUSED, b.ledger.post(charge("s1:1", "c1", 100)).status(), "decided once");
        b.wallets.grant("admin", "c1", 500, "EUR", "test", null);
        assertEquals(EntryStatus.REFUSED, b.ledger.post(charge("s1:1", "c1", 100)).status(), "even with money now");
        assertTrue(b.ledger.check().differences().isEmpty(), b::differences);
    }

    @Test
    void aBatchThatDebitsOneWalletTwiceNeverTakesItBelowZero() {
        b.wallets.grant("admin", "c1", 150, "EUR", "test", null);
        List<EntryDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            drafts.add(charge("s" + i + ":1", i == 2 ? "c2" : "c1", 100));
        }
        List<PostedEntry> posted = b.ledger.postAll(drafts);
        assertEquals(EntryStatus.APPLIED, posted.get(0).entry().status());
        assertEquals(50L, posted.get(0).guardedBalance());
        assertEquals(EntryStatus.REFUSED, posted.get(1).entry().status(), "the second debit of c1 finds 50 left");
        assertEquals(EntryStatus.REFUSED, posted.get(2).entry().status(), "c2 has no money at all");
        assertEquals(50, b.wallets.balance("c1", "EUR"));
        assertEquals(80, b.wallets.earnings("e1", "EUR").balance());
        // the same keys again: the entries already there are answered, nothing moves
        List<PostedEntry> again = b.ledger.postAll(drafts);
        assertEquals(List.of(EntryStatus.APPLIED, EntryStatus.REFUSED, EntryStatus.REFUSED),
                again.stream().map(p -> p.entry().status()).toList());
        assertEquals(posted.get(0).entry().id(), again.get(0).entry().id());
        assertEquals(50, b.wallets.balance("c1", "EUR"));
        assertTrue(b.ledger.check().differences().isEmpty(), b::differences);
    }

    @Test
    void aBatchComesToWhatPostingOneByOneComesTo() {
        for (int i = 0; i < 20; i++) {
            b.wallets.grant("admin", "k" + i, i % 3 == 0 ? 50 : 1000, "EUR", "test", null);
        }
        List<EntryDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            drafts.add(charge("b" + i + ":1", "k" + i, 100));
        }
        List<PostedEntry> batch = b.ledger.postAll(drafts);
        for (int i = 0; i < 20; i++) {
            EntryStatus expected = i % 3 == 0 ? EntryStatus.REFUSED : EntryStatus.APPLIED;
            assertEquals(expected, batch.get(i).entry().status(), "draft " + i);
            assertEquals(i % 3 == 0 ? 50 : 900, b.wallets.balance("k" + i, "EUR"), "wallet " + i);
        }
        assertEquals(13 * 80, b.wallets.earnings("e1", "EUR").balance());
        assertTrue(b.ledger.check().differences().isEmpty(), b::differences);
    }

    @Test
    void aGrantRetriedWithTheSameKeyCreditsOnce() {
        b.wallets.grant("admin", "c1", 500, "EUR", "test", "k1");
        b.wallets.grant("admin", "c1", 500, "EUR", "test", "k1");
        assertEquals(500, b.wallets.balance("c1", "EUR"));
        assertThrows(ConflictException.class, () -> b.wallets.grant("admin", "c1", 700, "EUR", "test", "k1"));
        assertThrows(InvalidInputException.class, () -> b.wallets.grant("admin", "c1", 0, "EUR", "test", null));
        assertThrows(InvalidInputException.class, () -> b.wallets.grant("admin", "c1", 10, "eur", "test", null));
    }
}
