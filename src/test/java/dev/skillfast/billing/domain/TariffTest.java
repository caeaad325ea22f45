package dev.skillfast.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.skillfast.sessions.domain.Settlement;
import dev.skillfast.sessions.domain.Tariff;

/** The arithmetic of billing: units, free minutes, commission rounding, the minimum to start. */
class TariffTest {

    private static final Instant START = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void unitZeroStartsAtAcceptanceAndEachUnitAtItsBoundary() {
        Tariff t = new Tariff(100, "EUR", 0, 2000, 60);
        assertEquals(0, t.unitsStartedBy(START, START.minusMillis(1)));
        assertEquals(1, t.unitsStartedBy(START, START));
        assertEquals(1, t.unitsStartedBy(START, START.plusSeconds(59)));
        assertEquals(2, t.unitsStartedBy(START, START.plusSeconds(60)));
        assertEquals(START.plusSeconds(120), t.unitStart(START, 2));
        // at the end, a unit counts only if it started strictly before the end
        assertEquals(1, t.unitsStartedBefore(START, START.plusSeconds(60)));
        assertEquals(2, t.unitsStartedBefore(START, START.plusSeconds(60).plusMillis(1)));
        assertEquals(0, t.unitsStartedBefore(START, START));
    }

    @Test
    void commissionIsRoundedHalfUpAndTheSharesAlwaysAddUpToTheRate() {
        assertEquals(67, new Tariff(333, "EUR", 0, 2000, 60).commissionPerUnit()); // 66.6
        assertEquals(266, new Tariff(333, "EUR", 0, 2000, 60).expertSharePerUnit());
        assertEquals(1, new Tariff(5, "EUR", 0, 1000, 60).commissionPerUnit()); // 0.5 rounds up
        assertEquals(0, new Tariff(4, "EUR", 0, 1000, 60).commissionPerUnit()); // 0.4 rounds down
        assertEquals(4, new Tariff(4, "EUR", 0, 1000, 60).expertSharePerUnit());
        for (long rate = 0; rate < 2000; rate += 7) {
            for (int bp : new int[] {0, 1, 1250, 2000, 3333, 10_000}) {
                Tariff t = new Tariff(rate, "EUR", 0, bp, 60);
                assertEquals(rate, t.commissionPerUnit() + t.expertSharePerUnit(), "rate " + rate + " at " + bp);
            }
        }
        assertEquals(new BigDecimal("12.50"), new Tariff(100, "EUR", 0, 1250, 60).commissionPercent());
    }

    @Test
    void freeMinutesCostNothingAndCountInTheSettlement() {
        Tariff t = new Tariff(150, "EUR", 2, 2000, 60);
        assertEquals(0, t.costOf(2));
        assertEquals(150, t.costOf(3));
        Settlement s = Settlement.of(t, START, START.plus(Duration.ofSeconds(150)), 3, START.plusSeconds(151));
        assertEquals(3, s.unitsBilled());
        assertEquals(2, s.freeUnits());
        assertEquals(1, s.paidUnits());
        assertEquals(150, s.total());
        assertEquals(120, s.expertEarning());
        assertEquals(30, s.commission());
        assertEquals(150, s.durationSeconds());
    }

    @Test
    void theMinimumToStartCountsOnlyPaidUnits() {
        assertEquals(300, Funding.requiredToStart(new Tariff(150, "EUR", 0, 2000, 60), 2));
        assertEquals(150, Funding.requiredToStart(new Tariff(150, "EUR", 1, 2000, 60), 2));
        assertEquals(0, Funding.requiredToStart(new Tariff(150, "EUR", 5, 2000, 60), 2));
    }

    @Test
    void aTariffRejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new Tariff(-1, "EUR", 0, 2000, 60));
        assertThrows(IllegalArgumentException.class, () -> new Tariff(100, "EUR", 0, 10_001, 60));
        assertThrows(IllegalArgumentException.class, () -> new Tariff(100, "EUR", 0, 2000, 0));
    }

    @Test
    void commissionSettingIsReadAsBasisPoints() {
        assertEquals(2000, new BillingSettings(60, new BigDecimal("20"), 2, Duration.ofSeconds(5), "EUR").commissionBasisPoints());
        assertEquals(1250, new BillingSettings(60, new BigDecimal("12.5"), 2, Duration.ofSeconds(5), "EUR").commissionBasisPoints());
        assertThrows(IllegalStateException.class,
                () -> new BillingSettings(60, new BigDecimal("120"), 2, Duration.ofSeconds(5), "EUR").commissionBasisPoints());
    }

    @Test
    void currencySettingMustBeAnIsoCodeWithMinorUnits() {
        assertEquals("JPY", new BillingSettings(60, BigDecimal.TEN, 2, Duration.ofSeconds(5), "JPY").currency());
        for (String wrong : new String[] {"ABC", "eur", "XAU", "EURO", ""}) {
            assertThrows(IllegalStateException.class,
                    () -> new BillingSettings(60, BigDecimal.TEN, 2, Duration.ofSeconds(5), wrong).currency(), wrong);
        }
    }
}
