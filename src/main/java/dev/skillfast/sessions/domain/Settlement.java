package dev.skillfast.sessions.domain;

import java.time.Instant;

/**
 * What an ended session came to, stored on it once billing has settled it. Every amount is in minor
 * units of {@code currency} and follows from the tariff and the units billed, which the ledger's
 * entries match one for one ({@code total = expertEarning + commission}).
 *
 * @param unitsBilled every unit the session ran, free ones included
 */
public record Settlement(long durationSeconds, long unitsBilled, long freeUnits, long paidUnits, long total,
                         long expertEarning, long commission, String currency, Instant settledAt) {

    public static Settlement of(Tariff tariff, Instant startedAt, Instant endedAt, long unitsBilled, Instant now) {
        long paid = tariff.paidUnits(unitsBilled);
        long duration = Math.max(0, java.time.Duration.between(startedAt, endedAt).toSeconds());
        return new Settlement(duration, unitsBilled, unitsBilled - paid, paid, Math.multiplyExact(paid, tariff.rate()),
                Math.multiplyExact(paid, tariff.expertSharePerUnit()), Math.multiplyExact(paid, tariff.commissionPerUnit()),
                tariff.currency(), now);
    }
}
