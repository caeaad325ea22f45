package dev.skillfast.payments.stripe;

import static dev.skillfast.testing.StripeFixtures.LIBRARY_API_VERSION;
import static dev.skillfast.testing.StripeFixtures.OLD_API_VERSION;
import static dev.skillfast.testing.StripeFixtures.quoted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.stripe.model.Event;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;

import dev.skillfast.payments.domain.EventSubject;
import dev.skillfast.payments.domain.Provider;
import dev.skillfast.payments.domain.ProviderEvent;
import dev.skillfast.platform.errors.InvalidInputException;
import dev.skillfast.platform.errors.NotFoundException;
import dev.skillfast.testing.MutableClock;
import dev.skillfast.testing.StripeFixtures;

/**
 * Webhook calls signed as Stripe signs them (HMAC-SHA256 with the test secret, made here) are verified and
 * translated; a wrong secret, a stale or missing signature, or an altered body is refused naming the header.
 * Every event type SkillFast acts on is translated the same from stripe-java's typed objects (events in the
 * library's API version) and from the raw JSON (any other version).
 */
class StripeWebhookTest {

    static final String SECRET = "whsec_unit_test_secret";
    static final String PI = "pi_3SkillFastIntent";

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
    final StripeWebhook webhook = new StripeWebhook(new StripeSettings("sk_test_unit", SECRET, "http://localhost:1"),
            clock);

    long now() {
        return clock.instant().getEpochSecond();
    }

    ProviderEvent receive(String payload) {
        return webhook.verify(payload.getBytes(StandardCharsets.UTF_8), StripeFixtures.signature(payload, SECRET, now()));
    }

    static String sessionEvent(String type, String status, String paymentStatus, String apiVersion) {
        return StripeFixtures.event("evt_1Session", type, StripeFixtures.session("cs_test_1", "top_1", 2500, "eur", status,
                paymentStatus, quoted(PI), null), apiVersion, 1_765_015_000L);
    }

    static String paidEvent() {
        return sessionEvent("checkout.session.completed", "complete", "paid", LIBRARY_API_VERSION);
    }

    @Test
    void aCorrectlySignedEventIsVerifiedAndCarriesStripesIdTypeAndTime() {
        ProviderEvent event = receive(paidEvent());
        assertThat(event.provider()).isEqualTo(Provider.STRIPE);
        assertThat(event.eventId()).isEqualTo("evt_1Session");
        assertThat(event.type()).isEqualTo("checkout.session.completed");
        assertThat(event.occurredAt()).isEqualTo(Instant.ofEpochSecond(1_765_015_000L));
        assertThat(event.subject()).isEqualTo(new EventSubject.TopupPaid("top_1", 2500, "EUR", PI));
    }

    @Test
    void aSignatureMadeWithAnotherSecretIsRefused() {
        String payload = paidEvent();
        assertSignatureRefused(payload, StripeFixtures.signature(payload, "whsec_someone_else", now()), "does not match");
    }

    @Test
    void aSignatureOlderThanFiveMinutesIsRefusedAndOneJustInsideIsAccepted() {
        String payload = paidEvent();
        assertSignatureRefused(payload, StripeFixtures.signature(payload, SECRET, now() - 301), "older than 300 seconds");
        assertThat(webhook.verify(bytes(payload), StripeFixtures.signature(payload, SECRET, now() - 299)).eventId())
                .isEqualTo("evt_1Session");
    }

    @Test
    void theToleranceIsMeasuredOnTheApplicationsClock() {
        String payload = paidEvent();
        String signature = StripeFixtures.signature(payload, SECRET, now());
        clock.advance(Duration.ofSeconds(301));
        assertSignatureRefused(payload, signature, "older than 300 seconds");
    }

    @Test
    void aMissingOrUnreadableSignatureIsRefused() {
        String payload = paidEvent();
        assertSignatureRefused(payload, null, "is missing");
        assertSignatureRefused(payload, " ", "is missing");
        assertSignatureRefused(payload, "t=abc,v1=00", "does not match");
        assertSignatureRefused(payload, "t", "does not match");
        assertSignatureRefused(payload, "v1=" + "0".repeat(64), "does not match");
    }

    @Test
    void aTamperedBodyIsRefusedEvenWithTheSignatureOfTheOriginal() {
        String payload = paidEvent();
        String signature = StripeFixtures.signature(payload, SECRET, now());
        assertSignatureRefused(payload.replace("\"amount_total\": 2500", "\"amount_total\": 250000"), signature,
                "does not match");
        assertSignatureRefused(payload + " ", signature, "does not match");
    }

    @Test
    void anyOfSeveralConfiguredSecretsVerifies() {
        StripeWebhook twoEndpoints = new StripeWebhook(new StripeSettings("sk_test_unit", "whsec_platform, " + SECRET,
                "http://localhost:1"), clock);
        String payload = paidEvent();
        assertThat(twoEndpoints.verify(bytes(payload), StripeFixtures.signature(payload, SECRET, now())).eventId())
                .isEqualTo("evt_1Session");
    }

    @Test
    void aSignedBodyThatIsNoStripeEventIsRefusedNamingTheBody() {
        for (String payload : new String[] {"not json", "[]", "{\"object\": \"event\"}"}) {
            assertThatThrownBy(() -> receive(payload)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("body"));
        }
    }

    @Test
    void withoutStripeOrWithoutAWebhookSecretTheWebhookIsNotFound() {
        for (StripeSettings off : new StripeSettings[] {new StripeSettings(null, SECRET, "x"),
            new StripeSettings("sk_test_unit", null, "x"), new StripeSettings("sk_test_unit", " , ", "x")}) {
            StripeWebhook unconfigured = new StripeWebhook(off, clock);
            assertThat(unconfigured.configured()).isFalse();
            String payload = paidEvent();
            assertThatThrownBy(() -> unconfigured.verify(bytes(payload), StripeFixtures.signature(payload, SECRET, now())))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    /** Every event type and what it means, each run in the library's API version and in an older one. */
    static Stream<Arguments> translations() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (String version : new String[] {LIBRARY_API_VERSION, OLD_API_VERSION}) {
            for (Object[] c : StripeEventCases.cases(version)) {
                cases.add(Arguments.of(version, c[0], c[1], c[2]));
            }
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{1} ({0})")
    @MethodSource("translations")
    void everyEventTypeTranslates(String version, String description, String payload, EventSubject expected) {
        assertThat(receive(payload).subject()).as(description).isEqualTo(expected);
    }

    @Test
    void theLibrarysVersionIsReadTypedAndAnotherVersionFromTheRawJson() {
        EventData typed = EventData.of(Webhook.constructEventWithoutVerification(paidEvent()));
        assertThat(typed.typed()).isInstanceOf(Session.class);
        EventData raw = EventData.of(Webhook.constructEventWithoutVerification(
                sessionEvent("checkout.session.completed", "complete", "paid", OLD_API_VERSION)));
        assertThat(raw.typed()).isNull();
        assertThat(raw.raw().getString("id")).isEqualTo("cs_test_1");
    }

    @Test
    void anObjectTheLibrarysModelsCannotReadIsReadFromTheRawJson() {
        String payload = paidEvent().replace("\"ui_mode\": \"hosted\"", "\"ui_mode\": \"hosted\", \"line_items\": \"?\"");
        Event event = Webhook.constructEventWithoutVerification(payload);
        assertThat(event.getDataObjectDeserializer().getObject()).as("typed reading fails").isEmpty();
        assertThat(receive(payload).subject()).isEqualTo(new EventSubject.TopupPaid("top_1", 2500, "EUR", PI));
    }

    @Test
    void anEventWithoutADataObjectIsRecordedAsUnhandled() {
        String payload = "{\"id\": \"evt_bare\", \"object\": \"event\", \"type\": \"checkout.session.completed\", "
                + "\"created\": 1765015000, \"api_version\": \"" + LIBRARY_API_VERSION + "\"}";
        assertThat(receive(payload).subject()).isEqualTo(new EventSubject.Unhandled());
    }

    private void assertSignatureRefused(String payload, String signature, String detail) {
        assertThatThrownBy(() -> webhook.verify(bytes(payload), signature))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
                            .containsExactly("Stripe-Signature");
                    assertThat(e.getMessage()).contains(detail);
                });
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
