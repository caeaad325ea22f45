package dev.skillfast.payments.paypal;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.skillfast.payments.paypal.PaypalFixtures.json;
import static dev.skillfast.payments.paypal.PaypalFixtures.stubToken;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skillfast.payments.domain.Payout;
import dev.skillfast.payments.domain.PayoutAccount;
import dev.skillfast.payments.domain.PayoutGateway.PayoutSent;
import dev.skillfast.payments.domain.PayoutMethod;
import dev.skillfast.payments.domain.PayoutStatus;
import dev.skillfast.testing.MutableClock;

/** PayPal Payouts against a WireMock PayPal. */
class PaypalPayoutsTest {

    @RegisterExtension
    static WireMockExtension paypal = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Instant AT = Instant.parse("2026-11-28T09:00:00Z");
    private static final PayoutAccount ACCOUNT = new PayoutAccount("expert-1", null, false, false, "lucia@example.com", AT);

    private PaypalPayouts payouts;

    @BeforeEach
    void connect() {
        stubToken(paypal, PaypalFixtures.TOKEN, 32_400);
        payouts = new PaypalPayouts(PaypalFixtures.connection(paypal, new MutableClock()));
    }

    private static Payout payout(String batchId) {
        return new Payout("P-1", "expert-1", 2500, "EUR", PayoutMethod.PAYPAL, PayoutStatus.REQUESTED, null, batchId,
                null, "admin-1", AT, AT, null, AT);
    }

    private static String batch(String status, String itemStatus) {
        String items = itemStatus == null ? "" : ",\"items\":[{\"payout_item_id\":\"I-1\",\"transaction_status\":\""
                + itemStatus + "\",\"payout_batch_id\":\"B-1\",\"payout_item\":{\"recipient_type\":\"EMAIL\",\"amount\":"
                + "{\"currency\":\"EUR\",\"value\":\"25.00\"},\"receiver\":\"lucia@example.com\",\"sender_item_id\":\"P-1\"},"
                + "\"errors\":{\"name\":\"RECEIVER_UNCONFIRMED\",\"message\":\"Receiver's account is unconfirmed\"}}]";
        return "{\"batch_header\":{\"payout_batch_id\":\"B-1\",\"batch_status\":\"" + status + "\",\"sender_batch_header\":"
                + "{\"sender_batch_id\":\"P-1\"}}" + items + ",\"links\":[]}";
    }

    @Test
    void aPayoutIsOneBatchUnderThePayoutsIdToTheExpertsEmail() {
        paypal.stubFor(post(urlPathEqualTo("/v1/payments/payouts")).willReturn(json(201, batch("PENDING", null))));

        assertThat(payouts.send(payout(null), ACCOUNT)).isEqualTo(new PayoutSent(PayoutStatus.PROCESSING, "B-1", null));
        paypal.verify(postRequestedFor(urlPathEqualTo("/v1/payments/payouts"))
                .withHeader("PayPal-Request-Id", equalTo("payout:P-1"))
                .withRequestBody(equalToJson("{\"sender_batch_header\":{\"sender_batch_id\":\"P-1\"},\"items\":[{"
                        + "\"recipient_type\":\"EMAIL\",\"amount\":{\"currency\":\"EUR\",\"value\":\"25.00\"},"
                        + "\"receiver\":\"lucia@example.com\",\"sender_item_id\":\"P-1\"}]}", false, true)));
    }

    @Test
    void aBatchPaypalCompletedAtOnceIsPaid() {
        paypal.stubFor(post(urlPathEqualTo("/v1/payments/payouts")).willReturn(json(201, batch("SUCCESS", null))));

        assertThat(payouts.send(payout(null), ACCOUNT).status()).isEqualTo(PayoutStatus.PAID);
    }

    @Test
    void noPaypalEmailFailsWithoutAskingPaypal() {
        PayoutSent sent = payouts.send(payout(null), PayoutAccount.none("expert-1"));

        assertThat(sent.status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(sent.failureReason()).contains("no PayPal e-mail");
        paypal.verify(0, postRequestedFor(urlPathEqualTo("/v1/payments/payouts")));
    }

    @Test
    void aRepeatedBatchIdFindsTheOriginalBatch() {
        paypal.stubFor(post(urlPathEqualTo("/v1/payments/payouts")).willReturn(json(400, "{\"name\":"
                + "\"USER_BUSINESS_ERROR\",\"message\":\"User business error.\",\"debug_id\":\"d3\",\"details\":[{"
                + "\"field\":\"SENDER_BATCH_ID\",\"location\":\"body\",\"issue\":\"Batch with given sender_batch_id "
                + "already exists\"}],\"links\":[{\"href\":\"https://api.paypal.com/v1/payments/payouts/B-1\","
                + "\"rel\":\"self\",\"method\":\"GET\"}]}")));

        assertThat(payouts.send(payout(null), ACCOUNT)).isEqualTo(new PayoutSent(PayoutStatus.PROCESSING, "B-1", null));
    }

    @Test
    void aPayoutPaypalRefusesFailsWithPaypalsWords() {
        paypal.stubFor(post(urlPathEqualTo("/v1/payments/payouts")).willReturn(json(422, "{\"name\":"
                + "\"INSUFFICIENT_FUNDS\",\"message\":\"Sender does not have sufficient funds.\"}")));

        assertThat(payouts.send(payout(null), ACCOUNT)).isEqualTo(new PayoutSent(PayoutStatus.FAILED, null,
                "PayPal refused the payout: Sender does not have sufficient funds."));
    }

    @Test
    void lookupReadsTheItemsOutcome() {
        paypal.stubFor(get("/v1/payments/payouts/B-1").willReturn(json(200, batch("SUCCESS", "SUCCESS"))));
        assertThat(payouts.lookup(payout("B-1"), ACCOUNT)).contains(new PayoutSent(PayoutStatus.PAID, "B-1", null));

        paypal.stubFor(get("/v1/payments/payouts/B-1").willReturn(json(200, batch("SUCCESS", "RETURNED"))));
        assertThat(payouts.lookup(payout("B-1"), ACCOUNT)).contains(new PayoutSent(PayoutStatus.FAILED, "B-1",
                "PayPal payout item RETURNED: Receiver's account is unconfirmed"));

        paypal.stubFor(get("/v1/payments/payouts/B-1").willReturn(json(200, batch("PROCESSING", "UNCLAIMED"))));
        assertThat(payouts.lookup(payout("B-1"), ACCOUNT)).isEmpty();

        assertThat(payouts.lookup(payout(null), ACCOUNT)).as("no batch known").isEqualTo(Optional.empty());
    }
}
