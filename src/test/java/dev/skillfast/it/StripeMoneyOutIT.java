package dev.skillfast.it;

import static dev.skillfast.it.StripeSteps.SETTLE;
import static dev.skillfast.it.Payments.adminTopup;
import static dev.skillfast.it.Payments.post;
import static dev.skillfast.it.StripeSteps.await;
import static dev.skillfast.it.StripeSteps.awaitStatus;
import static dev.skillfast.it.StripeSteps.ok;
import static dev.skillfast.it.StripeSteps.topup;
import static dev.skillfast.it.StripeSteps.transactions;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Optional;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.skillfast.testing.StripeFixtures;

/**
 * Money going out through Stripe, against the fake: an administrator's refund of a Stripe top-up (held off the
 * wallet at once, asked of Stripe with its idempotency key, journalled as REFUND out of the held amount when
 * Stripe's webhook confirms it), and an expert's Connect onboarding and STRIPE payout.
 */
class StripeMoneyOutIT {

    /** A client whose wallet holds {@code amount} EUR paid in through Stripe. */
    static StripeFakeApi.FakeSession paidTopup(Accounts.Session client, long amount) {
        StripeFake.server();
        StripeFakeApi.FakeSession s = StripePaymentsIT.session(topup(client, amount));
        StripeFake.payWithoutWebhook(s);
        StripePaymentsIT.receipt(StripeFake.deliver(StripeFake.completed(s)));
        awaitStatus(client, s.topupId, "SUCCEEDED", SETTLE);
        return s;
    }

    static JsonObject refund(String topupId, long amount) {
        HttpResponse<String> created = Payments.refund(topupId, amount);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ItServer.json(created);
    }

    /** The refund as Stripe received it (waiting for the server to have asked). */
    static StripeFakeApi.FakeRefund atStripe(String refundId) {
        return await(() -> StripeFake.refundOf(refundId), Optional::isPresent, "refund " + refundId + " at Stripe", SETTLE)
                .orElseThrow();
    }

    static JsonObject refundIn(JsonObject adminTopup, String refundId) {
        return adminTopup.getJsonArray("refunds").getValuesAs(JsonObject.class).stream()
                .filter(r -> refundId.equals(r.getString("id"))).findFirst().orElseThrow();
    }

    @Test
    void anAdminRefundIsAskedOfStripeOnceAndPostedWhenStripeConfirmsIt() {
        Accounts.Session client = Accounts.newUser("CLIENT");
        StripeFakeApi.FakeSession s = paidTopup(client, 5000);

        JsonObject first = refund(s.topupId, 2000);
        StripeFakeApi.FakeRefund asked = atStripe(first.getString("id"));
        assertThat(asked.paymentIntent()).isEqualTo(s.paymentIntent);
        assertThat(asked.amount()).isEqualTo(2000);
        assertThat(asked.topupId()).isEqualTo(s.topupId);
        assertThat(StripeFake.posts("/v1/refunds").stream().filter(r -> r.getBodyAsString().contains(first.getString("id"))))
                .extracting(r -> r.getHeader("Idempotency-Key")).isNotEmpty()
                .allSatisfy(key -> assertThat(key).isEqualTo("refund:" + first.getString("id")));
        assertThat(Billing.balance(client)).as("held at once").isEqualTo(3000);
        assertThat(transactions(client, "HOLD")).hasSize(1);
        JsonObject asking = adminTopup(s.topupId);
        assertThat(refundIn(asking, first.getString("id")).getString("status")).isEqualTo("PENDING");
        assertThat(asking.getJsonNumber("refunded").longValue()).isZero();

        StripeFakeApi.FakeRefund done = StripeFake.finishRefund(asked, "succeeded");
        StripePaymentsIT.receipt(StripeFake.deliver(StripeFake.event("refund.updated", done.json())));
        JsonObject partly = await(() -> adminTopup(s.topupId), t -> "PARTIALLY_REFUNDED".equals(t.getString("status")),
                "partially refunded", SETTLE);
        assertThat(refundIn(partly, first.getString("id")).getString("status")).isEqualTo("SUCCEEDED");
        assertThat(partly.getJsonNumber("refunded").longValue()).isEqualTo(2000);
        assertThat(transactions(client, "RELEASE")).as("nothing given back to the wallet").isEmpty();

        JsonObject rest = refund(s.topupId, 3000);
        StripeFakeApi.FakeRefund second = StripeFake.finishRefund(atStripe(rest.getString("id")), "succeeded");
        String charge = StripeFixtures.charge(s.paymentIntent, 5000, 5000, "eur", second.json(), done.json());
        StripePaymentsIT.receipt(StripeFake.deliver(StripeFake.event("charge.refunded", charge)));
        awaitStatus(client, s.topupId, "REFUNDED", SETTLE);
        assertThat(Billing.balance(client)).isZero();
        assertThat(adminTopup(s.topupId).getJsonArray("refunds").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("status")).containsOnly("SUCCEEDED");
        assertThat(transactions(client, "HOLD")).hasSize(2);
        assertThat(Billing.ledgerDifferences()).isEmpty();
    }

    @Test
    void anExpertOnboardsWithConnectAndIsPaidByATransfer() throws Exception {
        StripeFake.server();
        Accounts.Session expert = expertWithEarnings();
        JsonObject before = ok(expert.get("/api/payouts/account"));
        assertThat(before.getJsonObject("stripe").getString("onboarding")).isEqualTo("NOT_STARTED");

        JsonObject link = ok(post(expert, "/api/payouts/account/onboarding", null));
        StripeFakeApi.FakeAccount account = StripeFake.accountOf(expert.userId()).orElseThrow();
        assertThat(link.getString("url")).isEqualTo("http://localhost:" + StripeFake.port() + "/onboard/" + account.id());
        assertThat(account.created()).containsEntry("type", "express")
                .containsEntry("capabilities[transfers][requested]", "true");
        LoggedRequest created = StripeFake.posts("/v1/accounts").stream()
                .filter(r -> r.getBodyAsString().contains(expert.userId())).findFirst().orElseThrow();
        assertThat(created.getHeader("Idempotency-Key")).isEqualTo("connect:" + expert.userId());
        HttpResponse<String> onboarding = ItServer.http().send(HttpRequest.newBuilder(URI.create(link.getString("url")))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(onboarding.headers().firstValue("Location").orElseThrow()).endsWith("/payouts?onboarding=return");

        // the webhook says so before the fake does: the server must have it from the event, not from a lookup
        StripePaymentsIT.receipt(StripeFake.deliver(StripeFake.event("account.updated",
                StripeFixtures.account(account.id(), expert.userId(), account.email(), true, true))));
        JsonObject after = ok(expert.get("/api/payouts/account"));
        assertThat(after.getJsonObject("stripe").getBoolean("payoutsEnabled")).isTrue();
        assertThat(after.getJsonObject("stripe").getString("onboarding")).isEqualTo("COMPLETE");
        StripeFake.enablePayouts(account);

        HttpResponse<String> requested = post(expert, "/api/payouts",
                "{\"amount\":2000,\"currency\":\"EUR\",\"method\":\"STRIPE\"}");
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        String payoutId = ItServer.json(requested).getString("id");
        ok(post(Accounts.cachedAdmin(), "/api/admin/payouts/" + payoutId + "/approve", "{}"));
        JsonObject paid = await(() -> ok(expert.get("/api/payouts")).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(p -> payoutId.equals(p.getString("id"))).findFirst().orElseThrow(),
                p -> "PAID".equals(p.getString("status")), "payout paid", SETTLE);
        StripeFakeApi.FakeTransfer transfer = StripeFake.transferOf(payoutId).orElseThrow();
        assertThat(transfer.destination()).isEqualTo(account.id());
        assertThat(transfer.amount()).isEqualTo(2000);
        assertThat(transfer.currency()).isEqualTo("eur");
        assertThat(StripeFake.posts("/v1/transfers").stream().filter(r -> r.getBodyAsString().contains(payoutId)))
                .extracting(r -> r.getHeader("Idempotency-Key")).containsOnly("payout:" + payoutId);
        assertThat(paid.isNull("paidAt")).isFalse();
        assertThat(Billing.ledgerDifferences()).isEmpty();
    }

    /** An expert who earned at least one paid unit of 40.00 EUR (rate 50.00, 20 % commission, first unit free). */
    private static Accounts.Session expertWithEarnings() {
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord(),
                "{\"CHAT\":5000,\"AUDIO\":5000,\"VIDEO\":5000}", true);
        Accounts.Session client = LiveSessions.client(100_000);
        try (LiveClient expertLine = LiveClient.connect(expert)) {
            String id = LiveSessions.active(client, expert, "CHAT");
            Instant startedAt = Instant.parse(Billing.session(client, id).getString("startedAt"));
            Billing.sleepUntil(startedAt.plus(Billing.UNIT.multipliedBy(3).dividedBy(2)));
            assertThat(LiveSessions.act(client, id, "end").statusCode()).isEqualTo(200);
            assertThat(Billing.receipt(expert, id).getJsonNumber("paidUnits").longValue()).isPositive();
        }
        return expert;
    }
}
