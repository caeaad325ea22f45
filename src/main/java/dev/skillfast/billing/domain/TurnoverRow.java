package dev.skillfast.billing.domain;

import java.time.LocalDate;

/**
 * Session charges of one day, week or month in one currency: {@code charges} units charged, {@code turnover}
 * what payers paid, {@code commission} the platform's part of it and {@code expertEarnings} the experts'.
 * {@code period} names it (2026-12-07, 2026-W49, 2026-12); {@code start} is its first day.
 */
public record TurnoverRow(String period, LocalDate start, long charges, long turnover, long commission,
                          long expertEarnings) {

    public TurnoverRow plus(TurnoverRow other) {
        return new TurnoverRow(period, start, charges + other.charges, turnover + other.turnover,
                commission + other.commission, expertEarnings + other.expertEarnings);
    }
}
