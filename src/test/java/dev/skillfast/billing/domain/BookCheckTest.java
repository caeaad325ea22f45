package dev.skillfast.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/** {@link BookCheck}: every kind of difference between the accounts and their journal is found. */
class BookCheckTest extends BillingFixtureTest {

    @BeforeEach
    void open() {
        b.wallets.grant("admin", "c1", 500, "EUR", "test", null);
    }

    private List<BookCheck.Difference> differences() {
        return b.ledger.check().differences();
    }

    @Test
    void aSoundBookHasNoDifferencesAndSaysWhatItLookedAt() {
        BookCheck.Report report = b.ledger.check();
        assertThat(report.differences()).isEmpty();
        assertThat(report.accounts()).isEqualTo(2);
        assertThat(report.entries()).isEqualTo(1);
    }

    @Test
    void aBalanceTheJournalDoesNotExplainIsFound() {
        b.f.connection.database().getCollection("accounts").updateOne(Filters.eq("_id", AccountIds.wallet("c1", "EUR")),
                Updates.inc("balance", 1));
        assertThat(differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("balance");
            assertThat(d.expected()).isEqualTo(500);
            assertThat(d.actual()).isEqualTo(501);
        });
    }

    @Test
    void moneyNoEntryPutThereIsFound() {
        b.f.connection.database().getCollection("accounts").insertOne(new Document("_id", "wallet:c8:EUR").append("kind", "WALLET")
                .append("ownerId", "c8").append("currency", "EUR").append("balance", 7L).append("lifetime", 7L));
        assertThat(differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("balance");
            assertThat(d.account()).isEqualTo("wallet:c8:EUR");
            assertThat(d.actual()).isEqualTo(7);
        });
    }

    @Test
    void aRefusedEntryThatMovedAnAccountAndAWalletBelowZeroAreFound() {
        JournalEntry refused = b.ledger.post(new EntryDraft(EntryType.SESSION_CHARGE, "s1:1", "EUR",
                List.of(new Posting(AccountIds.wallet("c1", "EUR"), -900), new Posting(AccountIds.earnings("e1", "EUR"), 900)),
                "s1", 1L, null, null));
        assertThat(refused.status()).isEqualTo(EntryStatus.REFUSED);
        b.f.connection.database().getCollection("accounts").updateOne(Filters.eq("_id", AccountIds.wallet("c1", "EUR")),
                Updates.combine(Updates.set("marks." + refused.id(), true), Updates.inc("balance", -900)));
        assertThat(differences()).extracting(BookCheck.Difference::kind)
                .containsExactlyInAnyOrder("refused-applied", "balance", "negative");
    }
}
