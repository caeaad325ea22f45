package dev.skillfast.billing.domain;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.skillfast.platform.input.Currencies;

/** Billing's settings (README, "Configuration"). */
@ApplicationScoped
public class BillingSettings {

    @Inject
    @ConfigProperty(name = "skillfast.billing.unit-seconds")
    int unitSeconds;

    @Inject
    @ConfigProperty(name = "skillfast.billing.commission-percent")
    BigDecimal commissionPercent;

    @Inject
    @ConfigProperty(name = "skillfast.billing.min-units-to-start")
    int minUnitsToStart;

    @Inject
    @ConfigProperty(name = "skillfast.billing.sweep-interval")
    Duration sweepInterval;

    @Inject
    @ConfigProperty(name = "skillfast.billing.currency")
    String currency;

    public BillingSettings() {
    }

    public BillingSettings(int unitSeconds, BigDecimal commissionPercent, int minUnitsToStart, Duration sweepInterval,
                           String currency) {
        this.unitSeconds = unitSeconds;
        this.commissionPercent = commissionPercent;
        this.minUnitsToStart = minUnitsToStart;
        this.sweepInterval = sweepInterval;
        this.currency = currency;
    }

    public int unitSeconds() {
        return Math.max(1, unitSeconds);
    }

    /** 20 % → 2000 basis points; anything finer than a hundredth of a percent is rounded. */
    public int commissionBasisPoints() {
        int bp = commissionPercent.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
        if (bp < 0 || bp > 10_000) {
            throw new IllegalStateException("skillfast.billing.commission-percent must be between 0 and 100");
        }
        return bp;
    }

    public int minUnitsToStart() {
        return Math.max(0, minUnitsToStart);
    }

    public Duration sweepInterval() {
        return sweepInterval.isNegative() || sweepInterval.isZero() ? Duration.ofSeconds(5) : sweepInterval;
    }

    /** The wallet currency shown when a user holds none yet: an ISO 4217 code with minor units. */
    public String currency() {
        if (!Currencies.isCode(currency)) {
            throw new IllegalStateException("skillfast.billing.currency must be an ISO 4217 currency code such as EUR");
        }
        return currency;
    }
}
