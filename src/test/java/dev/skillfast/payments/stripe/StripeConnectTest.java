package dev.skillfast.payments.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.skillfast.payments.stripe.WireMockStripe.error;
import static dev.skillfast.payments.stripe.WireMockStripe.form;
import static dev.skillfast.payments.stripe.WireMockStripe.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.skillfast.payments.domain.ConnectOnboarding.PayoutAccountState;
import dev.skillfast.payments.domain.Payout;
import dev.skillfast.payments.domain.PayoutAccount;
import dev.skillfast.payments.domain.PayoutGateway.PayoutSent;
import dev.skillfast.payments.domain.PayoutMethod;
import dev.skillfast.payments.domain.PayoutStatus;
import dev.skillfast.payments.domain.ProviderUnavailableException;
import dev.skillfast.testing.StripeFixtures;

/** Connect Express onboarding and STRIPE payouts (transfers) against the fake. */
class StripeConnectTest {

    static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    static final String ACCOUNT = "acct_1Expert";

    @RegisterExtension
    static final WireMockExtension stripe = WireMockStripe.extension();

    StripeConnect connect;
    StripePayouts payouts;

    @BeforeEach
    void pointAtTheFake() {
        connect = new StripeConnect(WireMockStripe.api(stripe, 0));
        payouts = new StripePayouts(WireMockStripe.api(stripe, 0));
    }

    static Payout payout(String providerRef) {
        return new Payout("po_1", "exp_1", 3000, "EUR", PayoutMethod.STRIPE, PayoutStatus.PROCESSING, null, providerRef,
                null, "admin_1", NOW, NOW, null, NOW);
    }

    static PayoutAccount account(String accountId, boolean payoutsEnabled) {
        return new PayoutAccount("exp_1", accountId, payoutsEnabled, payoutsEnabled, null, NOW);
    }

    @Test
    void anExpressAccountIsCreatedOncePerExpertWithTransfersRequested() {
        stripe.stubFor(post("/v1/accounts").willReturn(json(200,
                StripeFixtures.account(ACCOUNT, "exp_1", "e@example.com", false, false))));
        assertThat(connect.createAccount("exp_1", "e@example.com")).isEqualTo(ACCOUNT);
        LoggedRequest request = WireMockStripe.only(stripe, postRequestedFor(urlPathEqualTo("/v1/accounts")));
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("connect:exp_1");
        assertThat(form(request)).containsExactlyInAnyOrderEntriesOf(Map.of("type", "express", "email", "e@example.com",
                "metadata[expert_id]", "exp_1", "capabilities[transfers][requested]", "true"));
    }

    @Test
    void theOnboardingLinkIsAnAccountLinkReturningToTheApp() {
        stripe.stubFor(post("/v1/account_links").willReturn(json(200, "{\"object\": \"account_link\", "
                + "\"created\": 1765022400, \"expires_at\": 1765022700, \"url\": \"https://connect.stripe.com/setup/e/x\"}")));
        assertThat(connect.onboardingLink(ACCOUNT, "https://desk.example/payouts?onboarding=return",
                "https://desk.example/payouts?onboarding=refresh")).isEqualTo("https://connect.stripe.com/setup/e/x");
        assertThat(form(WireMockStripe.only(stripe, postRequestedFor(urlPathEqualTo("/v1/account_links"))))).containsExactlyInAnyOrderEntriesOf(
                Map.of("account", ACCOUNT, "type", "account_onboarding",
                        "return_url", "https://desk.example/payouts?onboarding=return",
                        "refresh_url", "https://desk.example/payouts?onboarding=refresh"));
    }

    @Test
    void theAccountsStateIsReadFromStripe() {
        stripe.stubFor(get("/v1/accounts/" + ACCOUNT).willReturn(json(200,
                StripeFixtures.account(ACCOUNT, "exp_1", "e@example.com", false, true))));
        assertThat(connect.state(ACCOUNT)).isEqualTo(new PayoutAccountState(false, true));
        stripe.stubFor(get("/v1/accounts/" + ACCOUNT).willReturn(error(500, "api_error", "x", "Down")));
        assertThatThrownBy(() -> connect.state(ACCOUNT)).isInstanceOf(ProviderUnavailableException.class);
    }

    @Test
    void aPayoutIsATransferToTheConnectedAccountUnderItsIdempotencyKey() {
        stripe.stubFor(post("/v1/transfers").willReturn(json(200,
                StripeFixtures.transfer("tr_1", "po_1", 3000, "eur", ACCOUNT, false))));
        assertThat(payouts.send(payout(null), account(ACCOUNT, true)))
                .isEqualTo(new PayoutSent(PayoutStatus.PAID, "tr_1", null));
        LoggedRequest request = WireMockStripe.only(stripe, postRequestedFor(urlPathEqualTo("/v1/transfers")));
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("payout:po_1");
        assertThat(form(request)).containsAllEntriesOf(Map.of("amount", "3000", "currency", "eur", "destination", ACCOUNT,
                "metadata[payout_id]", "po_1"));
    }

    @Test
    void anAccountThatCannotReceivePayoutsFailsThePayoutWithoutAskingStripe() {
        assertThat(payouts.send(payout(null), account(ACCOUNT, false)))
                .isEqualTo(new PayoutSent(PayoutStatus.FAILED, null, StripePayouts.NOT_ONBOARDED));
        assertThat(payouts.send(payout(null), account(null, false)).status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(payouts.send(payout(null), null).status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(stripe.getAllServeEvents()).isEmpty();
    }

    @Test
    void aTransferStripeRefusesFailsThePayoutAndAnOutageIsRetriedLater() {
        stripe.stubFor(post("/v1/transfers").willReturn(error(400, "invalid_request_error", "balance_insufficient",
                "You have insufficient available funds in your Stripe account.")));
        PayoutSent refused = payouts.send(payout(null), account(ACCOUNT, true));
        assertThat(refused.status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(refused.failureReason()).contains("insufficient available funds");
        stripe.stubFor(post("/v1/transfers").willReturn(error(503, "api_error", "x", "Down")));
        assertThatThrownBy(() -> payouts.send(payout(null), account(ACCOUNT, true)))
                .isInstanceOf(ProviderUnavailableException.class);
    }

    @Test
    void lookupOfATransferReportsItPaidOrReversed() {
        stripe.stubFor(get("/v1/transfers/tr_1").willReturn(json(200,
                StripeFixtures.transfer("tr_1", "po_1", 3000, "eur", ACCOUNT, false))));
        assertThat(payouts.lookup(payout("tr_1"), account(ACCOUNT, true)))
                .contains(new PayoutSent(PayoutStatus.PAID, "tr_1", null));
        stripe.stubFor(get("/v1/transfers/tr_1").willReturn(json(200,
                StripeFixtures.transfer("tr_1", "po_1", 3000, "eur", ACCOUNT, true))));
        assertThat(payouts.lookup(payout("tr_1"), account(ACCOUNT, true)))
                .contains(new PayoutSent(PayoutStatus.FAILED, "tr_1", StripePayouts.REVERSED));
        assertThat(payouts.lookup(payout(null), account(ACCOUNT, true))).isEqualTo(Optional.empty());
    }
}
