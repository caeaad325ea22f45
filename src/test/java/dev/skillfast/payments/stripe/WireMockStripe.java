package dev.skillfast.payments.stripe;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.skillfast.testing.StripeFixtures;

/** An in-process fake of Stripe's API (WireMock on a free local port) and the client pointed at it. */
final class WireMockStripe implements AutoCloseable {

    static final String SECRET_KEY = "sk_test_unit";

    final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    WireMockStripe() {
        server.start();
    }

    /** A client of the fake with {@code retries} network retries. */
    StripeApi api(int retries) {
        return new StripeApi(new StripeSettings(SECRET_KEY, null, "http://127.0.0.1:" + server.port()), retries);
    }

    /** The one request matching the pattern (fails if there are none or several). */
    LoggedRequest only(RequestPatternBuilder pattern) {
        List<LoggedRequest> found = server.findAll(pattern);
        if (found.size() != 1) {
            throw new AssertionError("expected one request " + pattern.build() + ", got " + found.size());
        }
        return found.get(0);
    }

    static Map<String, String> form(LoggedRequest request) {
        return StripeFixtures.form(request.getBodyAsString());
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return WireMock.aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", "req_unit").withBody(body);
    }

    static ResponseDefinitionBuilder error(int status, String type, String code, String message) {
        return json(status, StripeFixtures.error(type, code, message));
    }

    @Override
    public void close() {
        server.stop();
    }
}
