package dev.skillfast.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.stripe.Stripe;

/**
 * Stripe's objects and events as its API documents them (templates in {@code src/test/resources/stripe}),
 * for the unit tests' and the integration tests' fakes of Stripe, and webhook signatures made the way Stripe
 * makes them: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body" with the endpoint's secret>}.
 */
public final class StripeFixtures {

    /** The API version stripe-java models: events in it are read through the library's typed objects. */
    public static final String LIBRARY_API_VERSION = Stripe.API_VERSION;
    /** An older API version: stripe-java will not type its objects, SkillFast reads their raw JSON. */
    public static final String OLD_API_VERSION = "2022-11-15";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");

    private StripeFixtures() {
    }

    /** The template {@code stripe/<name>.json} with every {@code {{key}}} replaced (all must be given). */
    public static String fill(String name, Map<String, Object> values) {
        String template;
        try (InputStream in = StripeFixtures.class.getResourceAsStream("/stripe/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture stripe/" + name + ".json");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            if (!values.containsKey(matcher.group(1))) {
                throw new IllegalArgumentException("fixture " + name + " needs " + matcher.group(1));
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(String.valueOf(values.get(matcher.group(1)))));
        }
        return matcher.appendTail(filled).toString();
    }

    /** A JSON string literal of a plain value (ids, codes, words), or null. */
    public static String quoted(String value) {
        return value == null ? "null" : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public static String event(String eventId, String type, String object, String apiVersion, long created) {
        return fill("event", Map.of("event_id", eventId, "type", type, "object", object, "api_version", apiVersion,
                "created", created));
    }

    /** A Checkout Session; {@code paymentIntent} is JSON: a quoted id, an expanded object, or null. */
    public static String session(String sessionId, String topupId, long amount, String currency, String status,
                                 String paymentStatus, String paymentIntent, String url) {
        return fill("checkout_session", Map.of("session_id", sessionId, "topup_id", topupId, "amount", amount,
                "currency", currency, "status", status, "payment_status", paymentStatus,
                "payment_intent", paymentIntent, "url", quoted(url)));
    }

    /** A Refund; with {@code refundId}/{@code topupId} null it is one made in Stripe's dashboard (no metadata). */
    public static String refund(String refundRef, long amount, String currency, String status, String paymentIntent,
                                String refundId, String topupId, String failureReason) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("refund_ref", refundRef);
        values.put("amount", amount);
        values.put("currency", currency);
        values.put("status", status);
        values.put("payment_intent", paymentIntent);
        values.put("failure_reason", quoted(failureReason));
        values.put("metadata", refundId == null ? "{}"
                : "{\"refund_id\": " + quoted(refundId) + ", \"topup_id\": " + quoted(topupId) + "}");
        return fill("refund", values);
    }

    /** A Charge with its refunds (newest first), as {@code charge.refunded} carries it. */
    public static String charge(String paymentIntent, long amount, long amountRefunded, String currency,
                                String... refunds) {
        return fill("charge", Map.of("payment_intent", paymentIntent, "amount", amount, "amount_refunded",
                amountRefunded, "currency", currency, "fully_refunded", amountRefunded >= amount,
                "refunds", String.join(",", refunds), "refund_count", refunds.length));
    }

    public static String account(String accountId, String expertId, String email, boolean payoutsEnabled,
                                 boolean detailsSubmitted) {
        return fill("account", Map.of("account_id", accountId, "expert_id", expertId, "email", email,
                "payouts_enabled", payoutsEnabled, "details_submitted", detailsSubmitted,
                "transfers", payoutsEnabled ? "active" : "inactive"));
    }

    public static String transfer(String transferId, String payoutId, long amount, String currency,
                                  String destination, boolean reversed) {
        return fill("transfer", Map.of("transfer_id", transferId, "payout_id", payoutId, "amount", amount,
                "currency", currency, "destination", destination, "reversed", reversed,
                "amount_reversed", reversed ? amount : 0));
    }

    public static String paymentIntent(String id, String topupId, long amount, String currency, String status) {
        return fill("payment_intent", Map.of("payment_intent_id", id, "topup_id", topupId, "amount", amount,
                "amount_received", "succeeded".equals(status) ? amount : 0, "currency", currency, "status", status));
    }

    /** Stripe's error body ({@code type}: card_error, invalid_request_error, api_error, rate_limit_error …). */
    public static String error(String type, String code, String message) {
        return fill("error", Map.of("type", type, "code", code, "message", message));
    }

    /**
     * A form-encoded body as stripe-java sends it, by decoded key ({@code metadata[topup_id]},
     * {@code line_items[0][price_data][unit_amount]} …); a repeated key keeps its last value.
     */
    public static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            fields.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return fields;
    }

    /** The {@code Stripe-Signature} header Stripe would send for this body at {@code unixSeconds}. */
    public static String signature(String payload, String secret, long unixSeconds) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((unixSeconds + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
