package dev.skillfast.billing.domain;

import java.time.Instant;
import java.util.Set;

/**
 * A ledger account as stored: its balance, the credits it received in all, and the marks of the entries
 * that moved it ({@code applied}) or whose debit it refused ({@code refused}) and whose marks are not
 * cleared yet (see {@link Ledger}).
 */
public record LedgerAccount(String id, String kind, String ownerId, String currency, long balance, long lifetimeCredits,
                            Set<String> applied, Set<String> refused, Instant updatedAt) {

    public LedgerAccount {
        applied = Set.copyOf(applied);
        refused = Set.copyOf(refused);
    }

    /** An account nothing has moved yet. */
    public static LedgerAccount empty(String id, String currency) {
        return new LedgerAccount(id, AccountIds.kindOf(id), AccountIds.ownerOf(id), currency, 0, 0, Set.of(), Set.of(), null);
    }

    /** Whether this entry already moved the account. */
    public boolean holds(String entryId) {
        return applied.contains(entryId);
    }

    /** Whether this account refused the entry's debit. */
    public boolean refused(String entryId) {
        return refused.contains(entryId);
    }

    public boolean hasMarks() {
        return !applied.isEmpty() || !refused.isEmpty();
    }

    /** Whether every mark on the account is among {@code entryIds}. */
    public boolean marksWithin(Set<String> entryIds) {
        return entryIds.containsAll(applied) && entryIds.containsAll(refused);
    }
}
