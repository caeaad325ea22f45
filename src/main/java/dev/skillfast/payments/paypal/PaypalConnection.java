package dev.skillfast.payments.paypal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import dev.skillfast.payments.domain.ProviderUnavailableException;
import dev.skillfast.payments.paypal.OrderShapes.Token;

/**
 * The authorised connection to PayPal's REST API: the typed clients (made once, on first use) and the OAuth2
 * access token, cached until shortly before it expires and fetched again once when PayPal answers 401.
 * {@link #call} turns what no caller can act on (no answer, 5xx, 429, refused credentials) into
 * {@link ProviderUnavailableException}; other error answers stay {@link PaypalApiException}s for the caller.
 */
@ApplicationScoped
public class PaypalConnection {

    /** A token is dropped this long before PayPal says it expires (or at half its life, if shorter). */
    static final Duration EXPIRY_MARGIN = Duration.ofMinutes(1);

    @Inject
    PaypalSettings settings;

    @Inject
    Clock clock;

    private final PaypalClientFactory factory;
    private Clients clients;
    private String accessToken;
    private Instant tokenExpires = Instant.MIN;

    public PaypalConnection() {
        this.factory = new PaypalClientFactory.MicroProfile();
    }

    PaypalConnection(PaypalSettings settings, Clock clock, PaypalClientFactory factory) {
        this.settings = settings;
        this.clock = clock;
        this.factory = factory;
    }

    public boolean configured() {
        return settings.configured();
    }

    PaypalOrdersApi orders() {
        return clients().orders();
    }

    PaypalPaymentsApi payments() {
        return clients().payments();
    }

    PaypalPayoutsApi payouts() {
        return clients().payouts();
    }

    /**
     * Runs one API request with {@code "Bearer <token>"}; {@code what} says what it does, for the messages
     * ("capture order O-1").
     */
    <T> T call(String what, Function<String, T> request) {
        try {
            return authorised(request);
        } catch (PaypalApiException e) {
            if (e.status() >= 500 || e.status() == 429 || e.status() == 401) {
                throw new ProviderUnavailableException("PayPal could not " + what + ": " + e.getMessage(), e);
            }
            throw e;
        } catch (ProcessingException | JsonbException e) {
            throw new ProviderUnavailableException("PayPal did not answer to " + what + ": " + e.getMessage(), e);
        }
    }

    private <T> T authorised(Function<String, T> request) {
        String bearer = bearer();
        try {
            return send(request, bearer);
        } catch (PaypalApiException e) {
            if (e.status() != 401) {
                throw e;
            }
            forget(bearer); // revoked or expired early: one fresh token, one more try
            return send(request, bearer());
        }
    }

    /** One request; a runtime's own error exception (should its default mapper run) counts as PayPal's. */
    private static <T> T send(Function<String, T> request, String argument) {
        try {
            return request.apply(argument);
        } catch (WebApplicationException e) {
            throw PaypalApiException.of(e.getResponse().getStatus(), null);
        }
    }

    private synchronized String bearer() {
        Instant now = clock.instant();
        if (accessToken == null || !now.isBefore(tokenExpires)) {
            String credentials = settings.clientId() + ":" + settings.clientSecret();
            String basic = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
            Token token = send(grant -> clients().oauth().token(basic, grant), "client_credentials");
            if (token == null || token.accessToken() == null) {
                throw new ProviderUnavailableException("PayPal answered no access token");
            }
            Duration life = Duration.ofSeconds(token.expiresIn() == null ? 0 : Math.max(0, token.expiresIn()));
            Duration margin = EXPIRY_MARGIN.compareTo(life.dividedBy(2)) < 0 ? EXPIRY_MARGIN : life.dividedBy(2);
            accessToken = token.accessToken();
            tokenExpires = now.plus(life).minus(margin);
        }
        return "Bearer " + accessToken;
    }

    private synchronized void forget(String bearer) {
        if (bearer.equals("Bearer " + accessToken)) {
            accessToken = null;
        }
    }

    private synchronized Clients clients() {
        if (clients == null) {
            var base = settings.apiBase();
            clients = new Clients(factory.create(PaypalOAuthApi.class, base), factory.create(PaypalOrdersApi.class, base),
                    factory.create(PaypalPaymentsApi.class, base), factory.create(PaypalPayoutsApi.class, base));
        }
        return clients;
    }

    private record Clients(PaypalOAuthApi oauth, PaypalOrdersApi orders, PaypalPaymentsApi payments,
                           PaypalPayoutsApi payouts) {
    }
}
