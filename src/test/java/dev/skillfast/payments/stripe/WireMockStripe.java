package dev.skillfast.payments.stripe;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.skillfast.testing.StripeFixtures;

/**
 * An in-process fake of Stripe's API for unit tests: WireMock's JUnit extension on a free local port (stubs and
 * requests reset before each test), the client pointed at it, and Stripe's answer shapes.
 */
final class WireMockStripe {

    static final String SECRET_KEY = "sk_test_unit";

    private WireMockStripe() {
    }

    /** Register with {@code @RegisterExtension static final WireMockExtension stripe = WireMockStripe.extension();}. */
    static WireMockExtension extension() {
        return WireMockExtension.newInstance().options(options().dynamicPort().bindAddress("127.0.0.1")).build();
    }

    /** A client of the fake with {@code retries} network retries. */
    static StripeApi api(WireMockExtension stripe, int retries) {
        return new StripeApi(new StripeSettings(SECRET_KEY, null, "http://127.0.0.1:" + stripe.getPort()), retries);
    }

    /** The one request matching the pattern (fails if there are none or several). */
    static LoggedRequest only(WireMockExtension stripe, RequestPatternBuilder pattern) {
        List<LoggedRequest> found = stripe.findAll(pattern);
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
}
