package dev.skillfast.payments.stripe;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stripe's settings (README, "Configuration"): without a secret key Stripe is off; without a webhook secret
 * its webhooks are refused (they could not be verified).
 */
@ApplicationScoped
public class StripeSettings {

    @Inject
    @ConfigProperty(name = "skillfast.stripe.secret-key")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "skillfast.stripe.webhook-secret")
    Optional<String> webhookSecret;

    @Inject
    @ConfigProperty(name = "skillfast.stripe.api-base")
    String apiBase;

    public StripeSettings() {
    }

    public StripeSettings(String secretKey, String webhookSecret, String apiBase) {
        this.secretKey = Optional.ofNullable(secretKey);
        this.webhookSecret = Optional.ofNullable(webhookSecret);
        this.apiBase = apiBase;
    }

    /** Whether Stripe is on: a secret key is set. */
    public boolean configured() {
        return secretKey().isPresent();
    }

    public Optional<String> secretKey() {
        return secretKey.map(String::strip).filter(key -> !key.isEmpty());
    }

    /**
     * The webhook signing secrets. Usually one; comma-separated when Stripe signs with several (an endpoint
     * for the platform's own events and a Connect endpoint for the connected accounts' {@code account.updated}
     * each have their own secret). Empty: webhooks are off.
     */
    public List<String> webhookSecrets() {
        return webhookSecret.map(value -> Arrays.stream(value.split(",")).map(String::strip)
                .filter(secret -> !secret.isEmpty()).toList()).orElse(List.of());
    }

    /** Where the Stripe API is ({@code https://api.stripe.com}; tests point it at a local fake). */
    public String apiBase() {
        String base = apiBase == null ? "" : apiBase.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
