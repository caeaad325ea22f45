package dev.skillfast.payments.paypal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skillfast.payments.domain.EventSubject;
import dev.skillfast.payments.domain.Provider;
import dev.skillfast.payments.domain.ProviderEvent;
import dev.skillfast.platform.errors.InvalidInputException;
import dev.skillfast.testing.MutableClock;
import dev.skillfast.testing.PaypalTestSigner;

/**
 * PayPal webhook signatures checked locally against a certificate this test makes, served by WireMock:
 * what passes, what is refused (naming the header at fault), and the certificate cache.
 */
class PaypalWebhookTest {

    @RegisterExtension
    static WireMockExtension certs = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String WEBHOOK_ID = "WH-ID";
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final String CERT_PATH = "/v1/notifications/certs/CERT-1";
    private static final String EVENT = "{\"id\":\"WH-1\",\"event_version\":\"1.0\",\"create_time\":"
            + "\"2026-11-28T09:59:58.123Z\",\"resource_type\":\"capture\",\"event_type\":\"PAYMENT.CAPTURE.COMPLETED\","
            + "\"summary\":\"Payment completed for EUR 12.34\",\"resource\":{\"id\":\"C-9\",\"status\":\"COMPLETED\","
            + "\"amount\":{\"currency_code\":\"EUR\",\"value\":\"12.34\"},\"final_capture\":true,\"custom_id\":\"T-1\","
            + "\"invoice_id\":\"T-1\",\"supplementary_data\":{\"related_ids\":{\"order_id\":\"O-1\"}}}}";

    private static PaypalTestSigner signer;
    private static ExecutorService burst;

    private final MutableClock clock = new MutableClock(NOW);
    private PaypalWebhook webhook;

    @BeforeAll
    static void makeCertificate() {
        signer = new PaypalTestSigner(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)));
        burst = Executors.newFixedThreadPool(8);
    }

    @AfterAll
    static void stopBurst() {
        burst.shutdownNow();
    }

    @BeforeEach
    void serveCertificate() {
        certs.stubFor(get(CERT_PATH).willReturn(aResponse().withBody(signer.certificatePem())));
        webhook = webhook(Duration.ofHours(6));
    }

    private PaypalWebhook webhook(Duration certificateLifetime) {
        PaypalSettings settings = new PaypalSettings("id", "secret", WEBHOOK_ID, certs.baseUrl(),
                "https://api.paypal.com/," + certs.baseUrl() + "/v1/notifications/certs/");
        return new PaypalWebhook(settings, clock, new CertificateCache(3, certificateLifetime, clock,
                new CertificateFetcher()));
    }

    private String certUrl() {
        return certs.baseUrl() + CERT_PATH;
    }

    private PaypalWebhook.Headers headers(String body, String webhookId, Instant sent, String certUrl) {
        Map<String, String> h = signer.headers(body.getBytes(StandardCharsets.UTF_8), webhookId, sent, certUrl);
        return new PaypalWebhook.Headers(h.get("PAYPAL-TRANSMISSION-ID"), h.get("PAYPAL-TRANSMISSION-TIME"),
                h.get("PAYPAL-TRANSMISSION-SIG"), h.get("PAYPAL-CERT-URL"), h.get("PAYPAL-AUTH-ALGO"));
    }

    private ProviderEvent verify(PaypalWebhook.Headers headers, String body) {
        return webhook.verify(headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void refusedNaming(Runnable call, String header) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly(header));
    }

    @Test
    void aSignedEventIsAcceptedUnderPaypalsEventId() {
        ProviderEvent event = verify(headers(EVENT, WEBHOOK_ID, NOW.minusSeconds(2), certUrl()), EVENT);

        assertThat(event).isEqualTo(new ProviderEvent(Provider.PAYPAL, "WH-1", "PAYMENT.CAPTURE.COMPLETED",
                Instant.parse("2026-11-28T09:59:58.123Z"), new EventSubject.TopupPaid("T-1", 1234, "EUR", "C-9")));
    }

    @Test
    void aTamperedBodyFailsTheChecksum() {
        PaypalWebhook.Headers headers = headers(EVENT, WEBHOOK_ID, NOW, certUrl());

        refusedNaming(() -> verify(headers, EVENT.replace("12.34", "99.34")), "PAYPAL-TRANSMISSION-SIG");
        refusedNaming(() -> verify(headers, EVENT + " "), "PAYPAL-TRANSMISSION-SIG");
    }

    @Test
    void anEventSignedForAnotherWebhookIsRefused() {
        refusedNaming(() -> verify(headers(EVENT, "SOMEONE-ELSES-WEBHOOK", NOW, certUrl()), EVENT),
                "PAYPAL-TRANSMISSION-SIG");
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() {
        PaypalTestSigner forger = new PaypalTestSigner(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));
        Map<String, String> h = forger.headers(EVENT.getBytes(StandardCharsets.UTF_8), WEBHOOK_ID, NOW, certUrl());
        PaypalWebhook.Headers forged = new PaypalWebhook.Headers(h.get("PAYPAL-TRANSMISSION-ID"),
                h.get("PAYPAL-TRANSMISSION-TIME"), h.get("PAYPAL-TRANSMISSION-SIG"), certUrl(), "SHA256withRSA");

        refusedNaming(() -> verify(forged, EVENT), "PAYPAL-TRANSMISSION-SIG");
    }

    @Test
    void aCertificateOutsideTheAllowedPrefixesIsRefusedWithoutFetchingIt() {
        String base = certs.baseUrl();
        for (String url : List.of("https://evil.example/v1/notifications/certs/CERT-1",
                base + "/other/CERT-1",
                base + "/v1/notifications/certs/../../other/CERT-1",
                base + "/v1/notifications/certs/%2e%2e/other",
                "https://api.paypal.com@evil.example/v1/notifications/certs/CERT-1",
                "https://api.paypal.com.evil.example/v1/notifications/certs/CERT-1")) {
            refusedNaming(() -> verify(headers(EVENT, WEBHOOK_ID, NOW, url), EVENT), "PAYPAL-CERT-URL");
        }
        certs.verify(0, getRequestedFor(anyUrl()));
    }

    @Test
    void anExpiredCertificateIsRefused() {
        PaypalTestSigner expired = new PaypalTestSigner(NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofHours(1)));
        certs.stubFor(get(CERT_PATH).willReturn(aResponse().withBody(expired.certificatePem())));
        Map<String, String> h = expired.headers(EVENT.getBytes(StandardCharsets.UTF_8), WEBHOOK_ID, NOW, certUrl());

        refusedNaming(() -> verify(new PaypalWebhook.Headers(h.get("PAYPAL-TRANSMISSION-ID"),
                h.get("PAYPAL-TRANSMISSION-TIME"), h.get("PAYPAL-TRANSMISSION-SIG"), certUrl(), "SHA256withRSA"), EVENT),
                "PAYPAL-CERT-URL");
    }

    @Test
    void aCertificateAddressThatServesNoCertificateIsRefused() {
        certs.stubFor(get(CERT_PATH).willReturn(aResponse().withStatus(404)));
        refusedNaming(() -> verify(headers(EVENT, WEBHOOK_ID, NOW, certUrl()), EVENT), "PAYPAL-CERT-URL");

        certs.stubFor(get(CERT_PATH).willReturn(aResponse().withBody("not a certificate")));
        refusedNaming(() -> verify(headers(EVENT, WEBHOOK_ID, NOW, certUrl()), EVENT), "PAYPAL-CERT-URL");
    }

    @Test
    void aTransmissionTimeMoreThan300SecondsAwayIsStale() {
        verify(headers(EVENT, WEBHOOK_ID, NOW.minusSeconds(300), certUrl()), EVENT);
        refusedNaming(() -> verify(headers(EVENT, WEBHOOK_ID, NOW.minusSeconds(301), certUrl()), EVENT),
                "PAYPAL-TRANSMISSION-TIME");
        refusedNaming(() -> verify(headers(EVENT, WEBHOOK_ID, NOW.plusSeconds(301), certUrl()), EVENT),
                "PAYPAL-TRANSMISSION-TIME");
        PaypalWebhook.Headers h = headers(EVENT, WEBHOOK_ID, NOW, certUrl());
        refusedNaming(() -> verify(new PaypalWebhook.Headers(h.transmissionId(), "yesterday", h.transmissionSig(),
                h.certUrl(), h.authAlgo()), EVENT), "PAYPAL-TRANSMISSION-TIME");
    }

    @Test
    void onlySha256WithRsaIsAccepted() {
        PaypalWebhook.Headers h = headers(EVENT, WEBHOOK_ID, NOW, certUrl());
        refusedNaming(() -> verify(new PaypalWebhook.Headers(h.transmissionId(), h.transmissionTime(),
                h.transmissionSig(), h.certUrl(), "SHA1withRSA"), EVENT), "PAYPAL-AUTH-ALGO");
    }

    @Test
    void everySignatureHeaderIsRequired() {
        PaypalWebhook.Headers h = headers(EVENT, WEBHOOK_ID, NOW, certUrl());
        refusedNaming(() -> verify(new PaypalWebhook.Headers(null, h.transmissionTime(), h.transmissionSig(),
                h.certUrl(), h.authAlgo()), EVENT), "PAYPAL-TRANSMISSION-ID");
        refusedNaming(() -> verify(new PaypalWebhook.Headers(h.transmissionId(), h.transmissionTime(), " ",
                h.certUrl(), h.authAlgo()), EVENT), "PAYPAL-TRANSMISSION-SIG");
        refusedNaming(() -> verify(new PaypalWebhook.Headers(h.transmissionId(), h.transmissionTime(),
                "not base64!", h.certUrl(), h.authAlgo()), EVENT), "PAYPAL-TRANSMISSION-SIG");
        refusedNaming(() -> verify(new PaypalWebhook.Headers(h.transmissionId(), h.transmissionTime(),
                h.transmissionSig(), null, h.authAlgo()), EVENT), "PAYPAL-CERT-URL");
    }

    @Test
    void aSignedBodyThatIsNoEventIsRefused() {
        String body = "{\"hello\":\"world\"}";
        refusedNaming(() -> verify(headers(body, WEBHOOK_ID, NOW, certUrl()), body), "body");
    }

    @Test
    void theCertificateIsFetchedOnceForABurstOfEvents() throws Exception {
        certs.stubFor(get(CERT_PATH).willReturn(aResponse().withBody(signer.certificatePem()).withFixedDelay(300)));
        List<Callable<ProviderEvent>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String body = EVENT.replace("WH-1", "WH-" + (100 + i));
            PaypalWebhook.Headers headers = headers(body, WEBHOOK_ID, NOW, certUrl());
            calls.add(() -> verify(headers, body));
        }
        for (Future<ProviderEvent> result : burst.invokeAll(calls)) {
            assertThat(result.get().subject()).isInstanceOf(EventSubject.TopupPaid.class);
        }
        certs.verify(1, getRequestedFor(urlPathEqualTo(CERT_PATH)));
    }

    @Test
    void aCachedCertificateIsFetchedAgainAfterItsLifetime() {
        webhook = webhook(Duration.ofMinutes(10));
        verify(headers(EVENT, WEBHOOK_ID, NOW, certUrl()), EVENT);
        clock.advance(Duration.ofMinutes(9));
        verify(headers(EVENT, WEBHOOK_ID, clock.instant(), certUrl()), EVENT);
        certs.verify(1, getRequestedFor(urlPathEqualTo(CERT_PATH)));

        clock.advance(Duration.ofMinutes(2));
        verify(headers(EVENT, WEBHOOK_ID, clock.instant(), certUrl()), EVENT);
        certs.verify(2, getRequestedFor(urlPathEqualTo(CERT_PATH)));
    }

    @Test
    void theCacheKeepsOnlyTheMostRecentlyUsedCertificates() {
        CertificateCache cache = new CertificateCache(3, Duration.ofHours(1), clock, new CertificateFetcher());
        for (int i = 1; i <= 5; i++) {
            certs.stubFor(get(CERT_PATH + "-" + i).willReturn(aResponse().withBody(signer.certificatePem())));
            cache.get(URI.create(certUrl() + "-" + i));
        }
        assertThat(cache.size()).isEqualTo(3);
        cache.get(URI.create(certUrl() + "-5"));
        cache.get(URI.create(certUrl() + "-1"));
        certs.verify(1, getRequestedFor(urlPathEqualTo(CERT_PATH + "-5")));
        certs.verify(2, getRequestedFor(urlPathEqualTo(CERT_PATH + "-1")));
    }
}
