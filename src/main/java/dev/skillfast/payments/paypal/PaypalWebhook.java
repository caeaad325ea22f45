package dev.skillfast.payments.paypal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;

import dev.skillfast.payments.domain.Provider;
import dev.skillfast.payments.domain.ProviderEvent;
import dev.skillfast.payments.paypal.WebhookShapes.Event;
import dev.skillfast.platform.errors.InvalidInputException;

/**
 * PayPal's webhooks: checks the signature locally ({@link WebhookSignature}, no call to PayPal's verify API)
 * and turns the event into a {@link ProviderEvent} under PayPal's event id ({@code WH-…}).
 */
@ApplicationScoped
public class PaypalWebhook {

    /** Certificates kept: PayPal signs with one or two at a time; a few more cover rotations. */
    static final int CERTIFICATES_KEPT = 20;
    static final Duration CERTIFICATE_LIFETIME = Duration.ofHours(6);

    @Inject
    PaypalSettings settings;

    @Inject
    Clock clock;

    private WebhookSignature signature;

    public PaypalWebhook() {
    }

    PaypalWebhook(PaypalSettings settings, Clock clock, CertificateCache certificates) {
        this.settings = settings;
        this.clock = clock;
        this.signature = new WebhookSignature(clock, settings.certUrlPrefixes(), certificates);
    }

    @PostConstruct
    void start() {
        signature = new WebhookSignature(clock, settings.certUrlPrefixes(),
                new CertificateCache(CERTIFICATES_KEPT, CERTIFICATE_LIFETIME, clock, new CertificateFetcher()));
    }

    /** Whether PayPal and its webhook id are configured (else the webhook answers 404). */
    public boolean configured() {
        return settings.webhooksConfigured();
    }

    /** The signed signature headers of one webhook request. */
    public record Headers(String transmissionId, String transmissionTime, String transmissionSig, String certUrl,
                          String authAlgo) {
    }

    /**
     * The event in {@code body}, once its signature is checked; throws {@code InvalidInputException} naming
     * the header at fault (400), or {@code ProviderUnavailableException} when the certificate cannot be
     * fetched now (PayPal retries).
     */
    public ProviderEvent verify(Headers headers, byte[] body) {
        signature.verify(headers, body, settings.webhookId());
        Event event;
        try {
            event = PaypalJson.JSONB.fromJson(new String(body, StandardCharsets.UTF_8), Event.class);
        } catch (JsonbException | ClassCastException unreadable) {
            event = null;
        }
        if (event == null || event.id() == null || event.id().isBlank() || event.eventType() == null) {
            throw new InvalidInputException("body", "is not a PayPal webhook event (id and event_type are required)");
        }
        return new ProviderEvent(Provider.PAYPAL, event.id(), event.eventType(), occurredAt(event.createTime()),
                WebhookEvents.subject(event.eventType(), event.resource()));
    }

    private Instant occurredAt(String createTime) {
        if (createTime != null) {
            try {
                return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(createTime, Instant::from);
            } catch (DateTimeParseException unreadable) {
                // PayPal's time is for the record only: the receipt time stands in
            }
        }
        return clock.instant();
    }
}
