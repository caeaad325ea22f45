package dev.skillfast.payments.domain;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import dev.skillfast.payments.domain.EventSubject.TopupFailed;
import dev.skillfast.payments.domain.EventSubject.TopupPaid;
import dev.skillfast.payments.store.PaymentSecretStore;
import dev.skillfast.platform.errors.InvalidInputException;
import dev.skillfast.platform.errors.NotFoundException;
import dev.skillfast.platform.security.Hmac;

/**
 * The demo provider's webhook, signed like Stripe's: header {@code SkillFast-Signature: t=<unix
 * seconds>,v1=<hex HMAC-SHA256 of "t.body">} with the installation's demo secret, refused beyond 300 s.
 * Body: {@code {id, type: "payment.succeeded" | "payment.cancelled", topupId, amount, currency, created}}.
 */
@ApplicationScoped
public class DemoWebhook {

    public static final String HEADER = "SkillFast-Signature";
    static final Duration TOLERANCE = Duration.ofSeconds(300);

    @Inject
    PaymentSecretStore secrets;

    @Inject
    PaymentEvents events;

    @Inject
    DemoGateway gateway;

    @Inject
    Clock clock;

    private volatile byte[] secret;

    /** Verifies and accepts one event; a bad or stale signature is a 400 naming the header. */
    public PaymentEvents.Accepted receive(String body, String signature) {
        if (!gateway.configured()) {
            throw new NotFoundException("The demo payment provider is off here.");
        }
        verify(body, signature);
        return events.accept(parse(body));
    }

    /** A signature header for {@code body}, as the demo page's actions send it. */
    String sign(String body) {
        long t = clock.instant().getEpochSecond();
        return "t=" + t + ",v1=" + HexFormat.of().formatHex(Hmac.sha256(secret(), t + "." + body));
    }

    void verify(String body, String header) {
        long t = -1;
        String v1 = null;
        for (String part : header == null ? new String[0] : header.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t") && kv[1].matches("\\d{1,12}")) {
                t = Long.parseLong(kv[1]);
            } else if (kv.length == 2 && kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        if (t < 0 || v1 == null) {
            throw new InvalidInputException(HEADER, "is missing or malformed");
        }
        if (Duration.between(Instant.ofEpochSecond(t), clock.instant()).abs().compareTo(TOLERANCE) > 0) {
            throw new InvalidInputException(HEADER, "is too old (more than 300 s)");
        }
        byte[] expected = HexFormat.of().formatHex(Hmac.sha256(secret(), t + "." + body)).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, v1.getBytes(StandardCharsets.UTF_8))) {
            throw new InvalidInputException(HEADER, "does not match the body");
        }
    }

    /** Made once per installation and never changed, so read once per server (not on every sign and verify). */
    private byte[] secret() {
        byte[] known = secret;
        if (known == null) {
            known = secrets.secret("demo-webhook");
            secret = known;
        }
        return known;
    }

    static ProviderEvent parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject o = reader.readObject();
            String type = o.getString("type");
            String topupId = o.getString("topupId");
            EventSubject subject = switch (type) {
                case "payment.succeeded" -> new TopupPaid(topupId, o.getJsonNumber("amount").longValueExact(),
                        o.getString("currency"), "demo-payment-" + topupId);
                case "payment.cancelled" -> new TopupFailed(topupId, null, "Cancelled on the demo payment page");
                default -> new EventSubject.Unhandled();
            };
            return new ProviderEvent(Provider.DEMO, o.getString("id"), type,
                    Instant.ofEpochSecond(o.getJsonNumber("created").longValueExact()), subject);
        } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException e) {
            throw new InvalidInputException("body", "is not a demo payment event");
        }
    }
}
