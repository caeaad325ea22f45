package dev.skillfast.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.skillfast.billing.store.AccountStore;
import dev.skillfast.testing.MutableClock;

/** {@link ClearableMarks}: the in-memory queue of marks to clear, without a database. */
class ClearableMarksTest {

    private final MutableClock clock = new MutableClock();
    private final Map<String, Collection<String>> cleared = new HashMap<>();
    private final ClearableMarks marks = new ClearableMarks(new AccountStore() {
        @Override
        public void clearMarksAll(Map<String, ? extends Collection<String>> entryIdsByAccount) {
            cleared.putAll(entryIdsByAccount);
        }
    }, clock);

    private static JournalEntry entry(String id) {
        return new JournalEntry(id, "key-" + id, EntryType.SESSION_CHARGE, "EUR",
                List.of(new Posting("wallet:c1:EUR", -100), new Posting("earnings:e1:EUR", 100)), "s", 1L, null, null,
                EntryStatus.APPLIED, Instant.EPOCH);
    }

    @Test
    void anAppliedEntryIsQueuedOnEveryAccountItMovedARefusedOneOnTheAccountThatRefused() {
        marks.queue(entry("a"), null);
        marks.queue(entry("r"), "wallet:c1:EUR");
        assertThat(marks.take("wallet:c1:EUR")).containsExactlyInAnyOrder("a", "r");
        assertThat(marks.take("earnings:e1:EUR")).containsExactly("a");
        assertThat(marks.take("wallet:c1:EUR")).as("taken once").isEmpty();
    }

    @Test
    void marksGivenBackAfterAFailedWriteAreTakenByTheNextOne() {
        marks.queue(entry("a"), null);
        Collection<String> taken = marks.take("wallet:c1:EUR");
        marks.giveBack("wallet:c1:EUR", taken);
        assertThat(marks.take("wallet:c1:EUR")).containsExactly("a");
    }

    @Test
    void onlyQueuesThatWaitedLongEnoughOrThatAreNamedAreFlushed() {
        marks.queue(entry("old"), "wallet:c1:EUR");
        clock.advance(ClearableMarks.CLEAR_AFTER);
        marks.queue(entry("new"), "wallet:c2:EUR");
        marks.queue(entry("named"), "wallet:c3:EUR");
        marks.flushWaiting(Set.of("wallet:c3:EUR"));
        assertThat(cleared).containsOnlyKeys("wallet:c1:EUR", "wallet:c3:EUR");
        assertThat(marks.take("wallet:c2:EUR")).containsExactly("new");
        clock.advance(Duration.ofSeconds(1));
        assertThat(marks.take("wallet:c1:EUR")).isEmpty();
    }

    @Test
    void anAccountWhoseMarksAreAllQueuedHereIsNotALeftover() {
        marks.queue(entry("a"), null);
        LedgerAccount held = new LedgerAccount("wallet:c1:EUR", "WALLET", "c1", "EUR", 0, 0, Set.of("a"), Set.of(), null);
        LedgerAccount more = new LedgerAccount("wallet:c1:EUR", "WALLET", "c1", "EUR", 0, 0, Set.of("a"), Set.of("x"), null);
        assertThat(marks.queuedHere(held)).isTrue();
        assertThat(marks.queuedHere(more)).isFalse();
    }
}
