package dev.skillfast.payments.paypal;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PayPal's settings (README, "Configuration"): the REST app's client id and secret (no client id: PayPal is
 * off), the webhook id PayPal gave the webhook (none: webhooks are refused with 404), where the API is, and
 * the address prefixes webhook certificates may be fetched from.
 */
@ApplicationScoped
public class PaypalSettings {

    @Inject
    @ConfigProperty(name = "skillfast.paypal.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "skillfast.paypal.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "skillfast.paypal.webhook-id")
    Optional<String> webhookId;

    @Inject
    @ConfigProperty(name = "skillfast.paypal.api-base")
    String apiBase;

    @Inject
    @ConfigProperty(name = "skillfast.paypal.cert-url-prefixes")
    String certUrlPrefixes;

    public PaypalSettings() {
    }

    public PaypalSettings(String clientId, String clientSecret, String webhookId, String apiBase,
                          String certUrlPrefixes) {
        this.clientId = Optional.ofNullable(clientId);
        this.clientSecret = Optional.ofNullable(clientSecret);
        this.webhookId = Optional.ofNullable(webhookId);
        this.apiBase = apiBase;
        this.certUrlPrefixes = certUrlPrefixes;
    }

    /** Whether PayPal is on: a client id and its secret are set. */
    public boolean configured() {
        return present(clientId) && present(clientSecret);
    }

    /** Whether PayPal's webhooks are accepted: PayPal is on and the webhook id is set. */
    public boolean webhooksConfigured() {
        return configured() && present(webhookId);
    }

    public String clientId() {
        return clientId.orElseThrow(() -> new IllegalStateException("skillfast.paypal.client-id is not set"));
    }

    public String clientSecret() {
        return clientSecret.orElseThrow(() -> new IllegalStateException("skillfast.paypal.client-secret is not set"));
    }

    public String webhookId() {
        return webhookId.orElseThrow(() -> new IllegalStateException("skillfast.paypal.webhook-id is not set"));
    }

    /** The REST API's root, e.g. https://api-m.paypal.com (a trailing slash is dropped). */
    public URI apiBase() {
        String base = apiBase.strip();
        return URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    /** Where webhook certificates may come from: each a prefix such as {@code https://api.paypal.com/}. */
    public List<String> certUrlPrefixes() {
        return Arrays.stream(certUrlPrefixes.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static boolean present(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }
}
