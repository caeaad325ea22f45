package dev.skillfast.it;

import static dev.skillfast.it.StripeSteps.SETTLE;
import static dev.skillfast.it.Payments.adminTopup;
import static dev.skillfast.it.StripeSteps.await;
import static dev.skillfast.it.StripeSteps.awaitStatus;
import static dev.skillfast.it.StripeSteps.topup;
import static dev.skillfast.it.StripeSteps.transactions;
import static dev.skillfast.testing.StripeFixtures.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.skillfast.testing.StripeFixtures;

/**
 * Top-ups through Stripe Checkout against the fake Stripe ({@link StripeFake}), webhooks signed as Stripe signs
 * them: credited exactly once whatever arrives how often or in which order, refused when the signature is bad
 * or stale, flagged when the amount is not the top-up's, settled by reconciliation when the webhook is lost.
 * Refunds and Connect payouts: {@link StripeMoneyOutIT}.
 */
class StripePaymentsIT {

    static final Duration RECONCILE = Duration.parse(System.getProperty("skillfast.it.payments.reconcile-after", "PT6S"))
            .plus(Duration.ofSeconds(30));

    static StripeFakeApi.FakeSession session(JsonObject topup) {
        return StripeFake.sessionOf(topup.getString("id")).orElseThrow(() -> new AssertionError(
                "no Checkout Session at the fake for " + topup));
    }

    static String paidEvent(StripeFakeApi.FakeSession s, long amount, String currency, String apiVersion) {
        return StripeFake.event("checkout.session.completed", StripeFixtures.session(s.id, s.topupId, amount, currency,
                "complete", "paid", quoted(s.paymentIntent), null), apiVersion);
    }

    static String paidEvent(StripeFakeApi.FakeSession s) {
        return paidEvent(s, s.amount, s.currency, StripeFixtures.LIBRARY_API_VERSION);
    }

    static JsonObject receipt(HttpResponse<String> delivered) {
        assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
        JsonObject body = ItServer.json(delivered);
        assertThat(body.getBoolean("received")).isTrue();
        return body;
    }

    @Test
    void aPaidCheckoutCreditsTheWalletOnceHoweverOftenStripeSaysSo() {
        StripeFake.server();
        Accounts.Session client = Accounts.newUser("CLIENT");
        JsonObject topup = topup(client, 2500);
        assertThat(topup.getString("status")).isEqualTo("PENDING");
        StripeFakeApi.FakeSession s = session(topup);
        assertThat(topup.getString("redirectUrl")).isEqualTo("http://localhost:" + StripeFake.port() + "/pay/" + s.id);
        LoggedRequest opened = StripeFake.posts("/v1/checkout/sessions").stream()
                .filter(r -> r.getBodyAsString().contains("client_reference_id=" + topup.getString("id"))).findFirst()
                .orElseThrow();
        assertThat(opened.getHeader("Idempotency-Key")).isEqualTo("checkout:" + topup.getString("id"));
        assertThat(s.amount).isEqualTo(2500);
        assertThat(s.currency).isEqualTo("eur");
        assertThat(s.created).containsEntry("metadata[topup_id]", s.topupId)
                .containsEntry("payment_intent_data[metadata][topup_id]", s.topupId).containsKey("expires_at");
        assertThat(s.successUrl).endsWith("/wallet/topups/" + s.topupId + "/return?result=success");
        assertThat(s.cancelUrl).endsWith("/wallet/topups/" + s.topupId + "/return?result=cancel");

        String event = paidEvent(s);
        assertThat(receipt(StripeFake.deliver(event)).getBoolean("duplicate")).isFalse();
        assertThat(Payments.get(client, s.topupId).getString("status")).isEqualTo("SUCCEEDED");
        assertThat(Billing.balance(client)).isEqualTo(2500);

        assertThat(receipt(StripeFake.deliver(event)).getBoolean("duplicate")).as("the same event again").isTrue();
        String another = StripeFake.event("checkout.session.async_payment_succeeded", s.json("x"),
                StripeFixtures.OLD_API_VERSION);
        assertThat(receipt(StripeFake.deliver(another)).getBoolean("duplicate")).as("another event, same payment").isFalse();
        assertThat(Billing.balance(client)).isEqualTo(2500);
        assertThat(transactions(client, "TOPUP")).hasSize(1);
        assertThat(adminTopup(s.topupId).getJsonArray("events")).hasSize(2);
        assertThat(Billing.ledgerDifferences()).isEmpty();
    }

    @Test
    void theHostedPageRedirectsBackAndTheWebhookCredits() throws Exception {
        StripeFake.server();
        Accounts.Session client = Accounts.newUser("CLIENT");
        JsonObject topup = topup(client, 1200);
        HttpResponse<String> page = ItServer.http().send(HttpRequest.newBuilder(URI.create(topup.getString("redirectUrl")))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).contains(session(topup).successUrl);
        awaitStatus(client, topup.getString("id"), "SUCCEEDED", SETTLE);
        assertThat(Billing.balance(client)).isEqualTo(1200);
    }

    @Test
    void badAndStaleSignaturesAre400AndCreditNothing() {
        StripeFake.server();
        Accounts.Session client = Accounts.newUser("CLIENT");
        StripeFakeApi.FakeSession s = session(topup(client, 3000));
        String event = paidEvent(s);
        long now = Instant.now().getEpochSecond();
        assertRefused(StripeFake.deliver(event, StripeFixtures.signature(event, "whsec_not_ours", now)), "does not match");
        assertRefused(StripeFake.deliver(event, StripeFixtures.signature(event, StripeFake.secret(), now - 301)),
                "older than 300 seconds");
        assertRefused(StripeFake.deliver(event, null), "missing");
        assertRefused(StripeFake.deliver(event.replace("\"amount_total\": 3000", "\"amount_total\": 300000"),
                StripeFixtures.signature(event, StripeFake.secret(), now)), "does not match");
        assertThat(Billing.balance(client)).isZero();
        assertThat(Payments.get(client, s.topupId).getString("status")).isEqualTo("PENDING");
        assertThat(adminTopup(s.topupId).getJsonArray("events")).isEmpty();

        assertThat(receipt(StripeFake.deliver(event)).getBoolean("duplicate")).isFalse();
        assertThat(Billing.balance(client)).isEqualTo(3000);
    }

    private static void assertRefused(HttpResponse<String> response, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = ItServer.json(response);
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("Stripe-Signature");
        assertThat(problem.getString("detail")).contains(detail);
    }

    @Test
    void anAmountOrCurrencyOtherThanTheTopupsIsNotCreditedAndIsFlagged() {
        StripeFake.server();
        Accounts.Session client = Accounts.newUser("CLIENT");
        StripeFakeApi.FakeSession less = session(topup(client, 2500));
        receipt(StripeFake.deliver(paidEvent(less, 250, "eur", StripeFixtures.LIBRARY_API_VERSION)));
        StripeFakeApi.FakeSession dollars = session(topup(client, 2500));
        receipt(StripeFake.deliver(paidEvent(dollars, 2500, "usd", StripeFixtures.OLD_API_VERSION)));

        assertThat(Billing.balance(client)).isZero();
        assertThat(transactions(client, "TOPUP")).isEmpty();
        for (StripeFakeApi.FakeSession s : new StripeFakeApi.FakeSession[] {less, dollars}) {
            JsonObject flagged = adminTopup(s.topupId);
            assertThat(flagged.isNull("flag")).as("flag of " + flagged).isFalse();
            assertThat(flagged.getString("status")).isNotEqualTo("SUCCEEDED");
        }
        assertThat(Billing.ledgerDifferences()).isEmpty();
    }

    @Test
    void aPaymentCompletedAfterTheSessionExpiredIsStillCredited() {
        StripeFake.server();
        Accounts.Session client = Accounts.newUser("CLIENT");
        StripeFakeApi.FakeSession s = session(topup(client, 1800));
        receipt(StripeFake.deliver(StripeFake.event("checkout.session.expired", StripeFixtures.session(s.id, s.topupId,
                s.amount, s.currency, "expired", "unpaid", "null", null))));
        awaitStatus(client, s.topupId, "EXPIRED", SETTLE);
        assertThat(Billing.balance(client)).isZero();

        receipt(StripeFake.deliver(paidEvent(s)));
        awaitStatus(client, s.topupId, "SUCCEEDED", SETTLE);
        assertThat(Billing.balance(client)).isEqualTo(1800);
        assertThat(transactions(client, "TOPUP")).hasSize(1);
    }

    @Test
    void aLostWebhookIsSettledByReconciliationFromStripesAnswer() {
        StripeFake.server();
        Accounts.Session client = Accounts.newUser("CLIENT");
        StripeFakeApi.FakeSession s = session(topup(client, 2200));
        StripeFake.payWithoutWebhook(s);
        awaitStatus(client, s.topupId, "SUCCEEDED", RECONCILE);
        assertThat(Billing.balance(client)).isEqualTo(2200);
        JsonObject seen = await(() -> adminTopup(s.topupId), t -> !t.getJsonArray("events").isEmpty(),
                "the lookup recorded", SETTLE);
        assertThat(seen.getJsonArray("events").getJsonObject(0).getString("eventId"))
                .isEqualTo("lookup:" + s.id + ":PAID");

        receipt(StripeFake.deliver(paidEvent(s)));
        assertThat(Billing.balance(client)).as("the late webhook credits nothing more").isEqualTo(2200);
        assertThat(Billing.ledgerDifferences()).isEmpty();
    }
}
