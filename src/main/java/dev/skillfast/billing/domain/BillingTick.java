package dev.skillfast.billing.domain;

import java.time.Instant;

/**
 * Fired (CDI event) after billing processed one or more units of a session; the realtime gateway sends
 * it as {@code billing.tick} to both participants.
 *
 * @param minutes      units processed so far, free ones included
 * @param cost         what the client paid so far, minor units
 * @param balance      the client's wallet balance left
 * @param nextChargeAt when the next unit starts (and is charged)
 */
public record BillingTick(String sessionId, String clientId, String expertId, long minutes, long freeMinutes, long cost,
                          String currency, long balance, long rate, Instant nextChargeAt) {
}
