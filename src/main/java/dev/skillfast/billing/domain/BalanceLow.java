package dev.skillfast.billing.domain;

import java.time.Instant;

/**
 * Fired (CDI event) one unit before a session's money runs out: the client's balance does not cover
 * the next unit, which starts at {@code endsAt}; unless the wallet is topped up the session ends then
 * with reason FUNDS. Sent as {@code balance.low} to both participants.
 */
public record BalanceLow(String sessionId, String clientId, String expertId, long balance, long rate, String currency,
                         Instant endsAt) {
}
