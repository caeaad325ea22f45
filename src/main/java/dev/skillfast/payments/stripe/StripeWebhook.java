package dev.skillfast.payments.stripe;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;

import dev.skillfast.payments.domain.ProviderEvent;
import dev.skillfast.platform.errors.InvalidInputException;
import dev.skillfast.platform.errors.NotFoundException;

/**
 * Stripe's webhook calls: the raw body's {@code Stripe-Signature} checked with the signing secret (HMAC-SHA256
 * of {@code t.body}, at most {@value #TOLERANCE_SECONDS} s old, by stripe-java), then the event translated.
 * Nothing in an unverified body is read.
 */
@ApplicationScoped
public class StripeWebhook {

    public static final String SIGNATURE_HEADER = "Stripe-Signature";
    static final long TOLERANCE_SECONDS = 300;

    @Inject
    StripeSettings settings;

    @Inject
    Clock clock;

    public StripeWebhook() {
    }

    StripeWebhook(StripeSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether Stripe is on and its webhooks can be verified here. */
    public boolean configured() {
        return settings.configured() && !settings.webhookSecrets().isEmpty();
    }

    /**
     * The event a verified webhook call carries. Refuses with 404 when Stripe webhooks are not configured,
     * and with {@link InvalidInputException} naming {@value #SIGNATURE_HEADER} when the signature is missing,
     * wrong or stale (or naming the body when a signed body is no Stripe event).
     */
    public ProviderEvent verify(byte[] body, String signature) {
        if (!configured()) {
            throw new NotFoundException("Stripe webhooks are not configured on this installation.");
        }
        if (signature == null || signature.isBlank()) {
            throw new InvalidInputException(SIGNATURE_HEADER, "is missing: Stripe signs every webhook call.");
        }
        String payload = new String(body, StandardCharsets.UTF_8);
        checkSignature(payload, signature);
        Event event;
        try {
            event = Webhook.constructEventWithoutVerification(payload);
        } catch (RuntimeException notAnEvent) {
            throw new InvalidInputException("body", "is not a Stripe event.");
        }
        if (event.getId() == null || event.getType() == null) {
            throw new InvalidInputException("body", "is not a Stripe event: it has no id or type.");
        }
        return StripeEvents.translate(event.getId(), event.getType(), event.getCreated(), EventData.of(event),
                clock.instant());
    }

    /**
     * stripe-java's check (the first half of {@code Webhook.constructEvent(payload, header, secret, 300)}, with
     * the application's clock), against each configured secret; the event is parsed once, after it passed.
     */
    private void checkSignature(String payload, String signature) {
        boolean stale = false;
        for (String secret : settings.webhookSecrets()) {
            try {
                Webhook.Signature.verifyHeader(payload, signature, secret, TOLERANCE_SECONDS, clock);
                return;
            } catch (SignatureVerificationException e) {
                stale |= e.getMessage() != null && e.getMessage().contains("tolerance");
            } catch (RuntimeException unreadableHeader) {
                // a header stripe-java cannot even parse (t=abc, no '='): not a signature
            }
        }
        throw new InvalidInputException(SIGNATURE_HEADER, stale
                ? "is older than " + TOLERANCE_SECONDS + " seconds: a replayed or delayed call is refused."
                : "does not match the body: wrong signing secret, or the body was altered.");
    }
}
