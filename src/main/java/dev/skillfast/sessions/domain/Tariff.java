package dev.skillfast.sessions.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * The price of one session, copied into it when it becomes ACTIVE so later profile or configuration
 * changes do not touch a running session. Billing is per started unit (a minute by default), charged
 * at the start of each unit: unit 0 at acceptance, unit {@code i} at {@code startedAt + i × unit}.
 *
 * @param rate                  minor units of {@code currency} per unit
 * @param freeUnits             the expert's free first units
 * @param commissionBasisPoints the platform's share in hundredths of a percent (2000 = 20 %)
 * @param unitSeconds           length of one billing unit
 */
public record Tariff(long rate, String currency, int freeUnits, int commissionBasisPoints, int unitSeconds) {

    private static final BigDecimal BASIS = BigDecimal.valueOf(10_000);

    public Tariff {
        if (rate < 0 || freeUnits < 0 || commissionBasisPoints < 0 || commissionBasisPoints > 10_000 || unitSeconds < 1) {
            throw new IllegalArgumentException("Invalid tariff");
        }
    }

    public Duration unit() {
        return Duration.ofSeconds(unitSeconds);
    }

    public boolean isFree(long unitIndex) {
        return unitIndex < freeUnits;
    }

    /** When unit {@code unitIndex} (0-based) starts, and is charged. */
    public Instant unitStart(Instant startedAt, long unitIndex) {
        return startedAt.plusSeconds(unitIndex * unitSeconds);
    }

    /** How many units have started at or before {@code at} (at least one once the session started). */
    public long unitsStartedBy(Instant startedAt, Instant at) {
        if (at.isBefore(startedAt)) {
            return 0;
        }
        return Duration.between(startedAt, at).toMillis() / (unitSeconds * 1000L) + 1;
    }

    /** How many units started strictly before {@code at}: a session ending exactly on a boundary does not start the next. */
    public long unitsStartedBefore(Instant startedAt, Instant at) {
        long millis = Duration.between(startedAt, at).toMillis();
        if (millis <= 0) {
            return 0;
        }
        long unitMillis = unitSeconds * 1000L;
        return (millis + unitMillis - 1) / unitMillis;
    }

    /** The platform's share of one unit, rounded half up to a whole minor unit. */
    public long commissionPerUnit() {
        return BigDecimal.valueOf(rate).multiply(BigDecimal.valueOf(commissionBasisPoints))
                .divide(BASIS, 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The expert's share of one unit: the rest, so the two shares always add up to the rate exactly. */
    public long expertSharePerUnit() {
        return rate - commissionPerUnit();
    }

    /** Of the first {@code units} units, how many are paid. */
    public long paidUnits(long units) {
        return Math.max(0, units - freeUnits);
    }

    /** What the first {@code units} units cost the client. */
    public long costOf(long units) {
        return Math.multiplyExact(paidUnits(units), rate);
    }

    /** The commission as a percentage, for display (20.00). */
    public BigDecimal commissionPercent() {
        return BigDecimal.valueOf(commissionBasisPoints, 2);
    }
}
