package dev.skillfast.payments.domain;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Payout settings (README, "Configuration"): the smallest request and the methods offered. */
@ApplicationScoped
public class PayoutSettings {

    @Inject
    @ConfigProperty(name = "skillfast.payouts.minimum")
    long minimum;

    @Inject
    @ConfigProperty(name = "skillfast.payouts.methods")
    String methods;

    public PayoutSettings() {
    }

    public PayoutSettings(long minimum, String methods) {
        this.minimum = minimum;
        this.methods = methods;
    }

    public long minimum() {
        return Math.max(1, minimum);
    }

    /** The methods this installation allows (before checking which providers are configured). */
    public List<PayoutMethod> methods() {
        try {
            return Arrays.stream(methods.split(",")).map(String::strip).filter(m -> !m.isEmpty())
                    .map(PayoutMethod::valueOf).distinct().toList();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("skillfast.payouts.methods must list MANUAL, STRIPE and/or PAYPAL", e);
        }
    }
}
