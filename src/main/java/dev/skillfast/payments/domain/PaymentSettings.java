package dev.skillfast.payments.domain;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.skillfast.billing.domain.BillingSettings;
import dev.skillfast.platform.input.Currencies;

/** The payments settings (README, "Configuration"): top-up limits and currencies, expiry, reconciliation. */
@ApplicationScoped
public class PaymentSettings {

    @Inject
    @ConfigProperty(name = "skillfast.payments.currencies")
    Optional<String> currencies;

    @Inject
    @ConfigProperty(name = "skillfast.payments.topup-min")
    long topupMin;

    @Inject
    @ConfigProperty(name = "skillfast.payments.topup-max")
    long topupMax;

    @Inject
    @ConfigProperty(name = "skillfast.payments.checkout-expiry")
    Duration checkoutExpiry;

    @Inject
    @ConfigProperty(name = "skillfast.payments.reconcile-after")
    Duration reconcileAfter;

    @Inject
    @ConfigProperty(name = "skillfast.payments.reconcile-interval")
    Duration reconcileInterval;

    @Inject
    BillingSettings billing;

    public PaymentSettings() {
    }

    public PaymentSettings(List<String> currencies, long topupMin, long topupMax, Duration checkoutExpiry,
                           Duration reconcileAfter, Duration reconcileInterval) {
        this.currencies = Optional.of(String.join(",", currencies));
        this.topupMin = topupMin;
        this.topupMax = topupMax;
        this.checkoutExpiry = checkoutExpiry;
        this.reconcileAfter = reconcileAfter;
        this.reconcileInterval = reconcileInterval;
    }

    /** The currencies a top-up may be in; the billing currency unless set. */
    public List<String> currencies() {
        List<String> codes = currencies.filter(s -> !s.isBlank())
                .map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList())
                .orElseGet(() -> List.of(billing.currency()));
        for (String code : codes) {
            if (!Currencies.isCode(code)) {
                throw new IllegalStateException("skillfast.payments.currencies must list ISO 4217 codes such as EUR");
            }
        }
        return codes;
    }

    public long topupMin() {
        return Math.max(1, topupMin);
    }

    public long topupMax() {
        return Math.max(topupMin(), topupMax);
    }

    /** How long a provider's payment page stays open (Stripe allows 30 minutes to 24 hours). */
    public Duration checkoutExpiry() {
        return checkoutExpiry;
    }

    public Duration reconcileAfter() {
        return reconcileAfter;
    }

    public Duration reconcileInterval() {
        return reconcileInterval.isNegative() || reconcileInterval.isZero() ? Duration.ofMinutes(1) : reconcileInterval;
    }
}
