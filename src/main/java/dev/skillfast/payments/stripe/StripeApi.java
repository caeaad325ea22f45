package dev.skillfast.payments.stripe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.stripe.StripeClient;
import com.stripe.net.RequestOptions;

/**
 * The one {@link StripeClient} of the application, built from {@link StripeSettings} on first use. It is a
 * client of its own (key, API base, timeouts), never stripe-java's global {@code Stripe.apiKey}, so nothing
 * else in the JVM can change where or as whom SkillFast calls Stripe.
 */
@ApplicationScoped
public class StripeApi {

    /** A top-up waits for Checkout's answer inside a client's request: fail fast, reconciliation catches up. */
    static final int CONNECT_TIMEOUT_MS = 5_000;
    static final int READ_TIMEOUT_MS = 20_000;
    /** stripe-java retries network errors, 409 conflicts and 5xx with the same idempotency key. */
    static final int NETWORK_RETRIES = 2;

    @Inject
    StripeSettings settings;

    private volatile StripeClient client;

    public StripeApi() {
    }

    /** A client for the given settings with {@code retries} network retries (tests use 0). */
    StripeApi(StripeSettings settings, int retries) {
        this.settings = settings;
        this.client = build(settings, retries);
    }

    public boolean configured() {
        return settings.configured();
    }

    /** The client; only called when {@link #configured()}. */
    StripeClient client() {
        StripeClient built = client;
        if (built == null) {
            synchronized (this) {
                if (client == null) {
                    client = build(settings, NETWORK_RETRIES);
                }
                built = client;
            }
        }
        return built;
    }

    /** Options carrying our idempotency key: a retried call never creates a second object at Stripe. */
    static RequestOptions idempotent(String key) {
        return RequestOptions.builder().setIdempotencyKey(key).build();
    }

    private static StripeClient build(StripeSettings settings, int retries) {
        String key = settings.secretKey()
                .orElseThrow(() -> new IllegalStateException("Stripe is not configured (skillfast.stripe.secret-key)"));
        return StripeClient.builder().setApiKey(key).setApiBase(settings.apiBase())
                .setConnectTimeout(CONNECT_TIMEOUT_MS).setReadTimeout(READ_TIMEOUT_MS).setMaxNetworkRetries(retries)
                .build();
    }
}
