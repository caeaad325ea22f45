package dev.skillfast.it;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.skillfast.testing.StripeFixtures;

/**
 * A fake of Stripe's API for the integration tests, on the port the build reserved and the test server's
 * {@code skillfast.stripe.api-base} points at: one WireMock server per test JVM, started on first use and
 * never stopped (the server under test may call it at any time). It keeps what SkillFast creates
 * ({@link StripeFakeApi}) and signs and posts webhook events to the server as Stripe would, with the test
 * server's signing secret. Tests name their objects by our ids (top-up, refund, expert, payout), so they never
 * see each other's.
 */
public final class StripeFake {

    public static final String WEBHOOK = "/api/payments/stripe/webhook";

    private static WireMockServer server;
    private static StripeFakeApi api;

    private StripeFake() {
    }

    public static int port() {
        return Integer.getInteger("skillfast.it.stripe.port", 9090);
    }

    public static String secret() {
        return System.getProperty("skillfast.it.stripe.webhook-secret", "whsec_skillfast_it_2026");
    }

    /** The fake, started if it is not yet. */
    public static synchronized WireMockServer server() {
        if (server == null) {
            StripeFakeApi behaviour = new StripeFakeApi();
            behaviour.base = "http://localhost:" + port();
            behaviour.onPaid = session -> deliver(completed(session));
            WireMockServer started = new WireMockServer(options().port(port()).extensions(behaviour));
            started.start();
            // every request goes to the behaviour; a test may stub a failure on top (a higher priority)
            started.stubFor(any(anyUrl()).atPriority(10).willReturn(com.github.tomakehurst.wiremock.client.WireMock
                    .aResponse().withTransformers(StripeFakeApi.NAME)));
            api = behaviour;
            server = started;
        }
        return server;
    }

    private static StripeFakeApi api() {
        server();
        return api;
    }

    /** The Checkout Session SkillFast opened for this top-up. */
    public static Optional<StripeFakeApi.FakeSession> sessionOf(String topupId) {
        return api().sessions.values().stream().filter(s -> topupId.equals(s.topupId)).findFirst();
    }

    /** The requests SkillFast made to create something at this path ({@code /v1/refunds} …), oldest first. */
    public static List<LoggedRequest> posts(String path) {
        return server().findAll(postRequestedFor(urlPathEqualTo(path)));
    }

    public static Optional<StripeFakeApi.FakeRefund> refundOf(String refundId) {
        return api().refunds.values().stream().filter(r -> refundId.equals(r.refundId())).findFirst();
    }

    public static Optional<StripeFakeApi.FakeAccount> accountOf(String expertId) {
        return api().accounts.values().stream().filter(a -> expertId.equals(a.expertId())).findFirst();
    }

    public static Optional<StripeFakeApi.FakeTransfer> transferOf(String payoutId) {
        return api().transfers.values().stream().filter(t -> payoutId.equals(t.payoutId())).findFirst();
    }

    /** The client paid on the hosted page, and Stripe's webhook is lost: only a lookup will see it. */
    public static void payWithoutWebhook(StripeFakeApi.FakeSession session) {
        api().markPaid(session);
    }

    /** A refund Stripe finished: the fake answers it so from now on. */
    public static StripeFakeApi.FakeRefund finishRefund(StripeFakeApi.FakeRefund refund, String status) {
        StripeFakeApi.FakeRefund done = new StripeFakeApi.FakeRefund(refund.id(), refund.amount(), refund.currency(),
                refund.paymentIntent(), refund.refundId(), refund.topupId(), status, refund.created());
        api().refunds.put(done.id(), done);
        return done;
    }

    /** The expert finished onboarding: payouts enabled at the fake. */
    public static StripeFakeApi.FakeAccount enablePayouts(StripeFakeApi.FakeAccount account) {
        StripeFakeApi.FakeAccount enabled = new StripeFakeApi.FakeAccount(account.id(), account.expertId(),
                account.email(), true, account.created());
        api().accounts.put(enabled.id(), enabled);
        return enabled;
    }

    /** {@code checkout.session.completed} for the session as it is now. */
    public static String completed(StripeFakeApi.FakeSession session) {
        return event("checkout.session.completed", session.json("http://localhost:" + port()));
    }

    /** An event of Stripe's shape, with a new {@code evt_} id, in the API version stripe-java models. */
    public static String event(String type, String object) {
        return event(type, object, StripeFixtures.LIBRARY_API_VERSION);
    }

    public static String event(String type, String object, String apiVersion) {
        return StripeFixtures.event("evt_test_" + StripeFakeApi.random(), type, object, apiVersion,
                Instant.now().getEpochSecond());
    }

    /** Posts the event to the server signed as Stripe signs it now (asserting nothing). */
    public static HttpResponse<String> deliver(String payload) {
        return deliver(payload, StripeFixtures.signature(payload, secret(), Instant.now().getEpochSecond()));
    }

    /** Posts a body with this {@code Stripe-Signature} (null: none). */
    public static HttpResponse<String> deliver(String payload, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(ItServer.uri(WEBHOOK))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return ItServer.send(request.build());
    }
}
