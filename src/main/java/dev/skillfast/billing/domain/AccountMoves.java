package dev.skillfast.billing.domain;

import java.util.Collection;
import java.util.Map;

/**
 * The moves the ledger asks of the accounts' store. {@code clear} in each are ids of entries already
 * final whose marks the same write removes (see {@link ClearableMarks}).
 */
public final class AccountMoves {

    private AccountMoves() {
    }

    /** A floor-guarded debit of {@code amount} (positive) for one entry. */
    public record Debit(String accountId, String currency, String entryId, long amount, Collection<String> clear) {
    }

    /** What a batched debit did, and the balance it left when this write decided it (null otherwise). */
    public record Debited(Move move, Long balanceAfter) {
    }

    /** One account's share of a batch of moves without a floor: the entries it takes part in, and the sum. */
    public record Credit(String accountId, String currency, Map<String, Long> amountsByEntry, Collection<String> clear) {
    }
}
