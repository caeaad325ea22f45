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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skillfast.payments.domain.EventSubject;
import dev.skillfast.payments.domain.PaymentGateway.RefundStarted;
import dev.skillfast.payments.domain.ProviderEvent;
import dev.skillfast.payments.domain.ProviderUnavailableException;
import dev.skillfast.payments.domain.Refund;
import dev.skillfast.payments.domain.RefundStatus;
import dev.skillfast.payments.domain.Topup;
import dev.skillfast.testing.MutableClock;

/** Refunds of a top-up's capture against a WireMock PayPal. */
class PaypalRefundsTest {

    @RegisterExtension
    static WireMockExtension paypal = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final MutableClock clock = new MutableClock();
    private final Topup paid = PaypalFixtures.topup("T-1", 5000, "O-1", "C-9", Instant.parse("2026-11-28T09:00:00Z"));
    private PaypalGateway gateway;

    @BeforeEach
    void connect() {
        stubToken(paypal, PaypalFixtures.TOKEN, 32_400);
        gateway = new PaypalGateway(PaypalFixtures.connection(paypal, clock), PaypalFixtures.paymentSettings(), clock);
    }

    private static Refund refund(String providerRef, String reason) {
        Instant at = Instant.parse("2026-11-28T09:30:00Z");
        return new Refund("R-1", "T-1", "user-1", 1250, "EUR", reason, RefundStatus.HELD, providerRef, null, "admin-1",
                at, at);
    }

    private static String refundAnswer(String status) {
        return "{\"id\":\"PR-7\",\"status\":\"" + status + "\",\"amount\":{\"currency_code\":\"EUR\",\"value\":\"12.50\"},"
                + "\"custom_id\":\"R-1\",\"invoice_id\":\"T-1\",\"links\":[{\"href\":"
                + "\"https://api.paypal.com/v2/payments/captures/C-9\",\"rel\":\"up\",\"method\":\"GET\"}]}";
    }

    @Test
    void aRefundIsAskedOfTheCaptureUnderTheRefundsIdAndItsAnswerMapped() {
        paypal.stubFor(post(urlPathEqualTo("/v2/payments/captures/C-9/refund")).willReturn(json(201,
                refundAnswer("COMPLETED"))));

        RefundStarted started = gateway.refund(paid, refund(null, "Client asked to close the account"));

        assertThat(started).isEqualTo(new RefundStarted("PR-7", RefundStatus.SUCCEEDED, null));
        paypal.verify(postRequestedFor(urlPathEqualTo("/v2/payments/captures/C-9/refund"))
                .withHeader("PayPal-Request-Id", equalTo("refund:R-1"))
                .withHeader("Authorization", equalTo("Bearer " + PaypalFixtures.TOKEN))
                .withRequestBody(equalToJson("{\"amount\":{\"currency_code\":\"EUR\",\"value\":\"12.50\"},"
                        + "\"note_to_payer\":\"Client asked to close the account\",\"custom_id\":\"R-1\"}")));
    }

    @Test
    void pendingCancelledAndFailedRefundsMapToTheirStatuses() {
        paypal.stubFor(post(urlPathEqualTo("/v2/payments/captures/C-9/refund")).willReturn(json(201,
                refundAnswer("PENDING"))));
        assertThat(gateway.refund(paid, refund(null, "r")).status()).isEqualTo(RefundStatus.PENDING);

        paypal.stubFor(post(urlPathEqualTo("/v2/payments/captures/C-9/refund")).willReturn(json(201,
                refundAnswer("CANCELLED"))));
        assertThat(gateway.refund(paid, refund(null, "r")))
                .isEqualTo(new RefundStarted("PR-7", RefundStatus.FAILED, "PayPal refund CANCELLED"));
    }

    @Test
    void aRefundPaypalRefusesFailsWithPaypalsWords() {
        paypal.stubFor(post(urlPathEqualTo("/v2/payments/captures/C-9/refund")).willReturn(json(422, "{\"name\":"
                + "\"UNPROCESSABLE_ENTITY\",\"details\":[{\"issue\":\"CAPTURE_FULLY_REFUNDED\",\"description\":"
                + "\"The capture has already been fully refunded.\"}],\"debug_id\":\"d2\"}")));

        assertThat(gateway.refund(paid, refund(null, "r"))).isEqualTo(new RefundStarted(null, RefundStatus.FAILED,
                "PayPal refused the refund: CAPTURE_FULLY_REFUNDED: The capture has already been fully refunded."));
    }

    @Test
    void aRefundPaypalCannotAnswerNowIsRetriedLater() {
        paypal.stubFor(post(urlPathEqualTo("/v2/payments/captures/C-9/refund")).willReturn(json(500, "{}")));

        assertThatThrownBy(() -> gateway.refund(paid, refund(null, "r"))).isInstanceOf(ProviderUnavailableException.class);
    }

    @Test
    void aTopupWithoutCaptureCannotBeRefundedAtPaypal() {
        Topup unpaid = PaypalFixtures.topup("T-1", 5000, "O-1", null, clock.instant());

        assertThat(gateway.refund(unpaid, refund(null, "r")).status()).isEqualTo(RefundStatus.FAILED);
        paypal.verify(0, postRequestedFor(urlPathEqualTo("/v2/payments/captures/C-9/refund")));
    }

    @Test
    void aLongReasonIsCutToPaypalsNoteLimit() {
        paypal.stubFor(post(urlPathEqualTo("/v2/payments/captures/C-9/refund")).willReturn(json(201,
                refundAnswer("COMPLETED"))));

        gateway.refund(paid, refund(null, "x".repeat(300)));

        paypal.verify(postRequestedFor(urlPathEqualTo("/v2/payments/captures/C-9/refund"))
                .withRequestBody(equalToJson("{\"note_to_payer\":\"" + "x".repeat(255) + "\"}", true, true)));
    }

    @Test
    void lookupRefundReportsCompletedAndFailedRefundsAndNothingWhilePending() {
        paypal.stubFor(get("/v2/payments/refunds/PR-7").willReturn(json(200, refundAnswer("COMPLETED"))));
        assertThat(gateway.lookupRefund(paid, refund("PR-7", "r"))).singleElement().satisfies(event -> {
            assertThat(event.eventId()).isEqualTo("lookup:PR-7:COMPLETED");
            assertThat(event.subject()).isEqualTo(new EventSubject.TopupRefunded("T-1", "C-9", "R-1", "PR-7", 1250, "EUR"));
        });

        paypal.stubFor(get("/v2/payments/refunds/PR-7").willReturn(json(200, refundAnswer("FAILED"))));
        assertThat(gateway.lookupRefund(paid, refund("PR-7", "r"))).extracting(ProviderEvent::subject)
                .containsExactly(new EventSubject.RefundFailed("R-1", "PR-7", "PayPal refund FAILED"));

        paypal.stubFor(get("/v2/payments/refunds/PR-7").willReturn(json(200, refundAnswer("PENDING"))));
        assertThat(gateway.lookupRefund(paid, refund("PR-7", "r"))).isEmpty();

        assertThat(gateway.lookupRefund(paid, refund(null, "r"))).as("never asked of PayPal").isEmpty();
    }
}
