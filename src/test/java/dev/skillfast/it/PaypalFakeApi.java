package dev.skillfast.it;

import java.io.StringReader;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The state behind {@link PaypalFake}: a small PayPal that remembers its orders, captures, refunds and payout
 * batches, answers with PayPal's shapes and error bodies, honours {@code PayPal-Request-Id} and refuses a
 * repeated {@code sender_batch_id}. Registered on the WireMock server as a response transformer, so WireMock
 * serves the HTTP and keeps the request journal the tests check.
 */
final class PaypalFakeApi implements ResponseDefinitionTransformerV2 {

    static final String TOKEN = "A21AA-fake-token";
    private static final Pattern ORDER = Pattern.compile("/v2/checkout/orders/([^/]+)(/capture)?");
    private static final Pattern REFUND_OF = Pattern.compile("/v2/payments/captures/([^/]+)/refund");
    private static final Pattern REFUND = Pattern.compile("/v2/payments/refunds/([^/]+)");
    private static final Pattern BATCH = Pattern.compile("/v1/payments/payouts/([^/]+)");

    /** One order; mutable because PayPal's orders change state. */
    static final class Order {
        final String id;
        final String topupId;
        final String value;
        final String currency;
        volatile String status = "PAYER_ACTION_REQUIRED";
        volatile String captureId;
        volatile String captureRequestId;

        Order(String id, String topupId, String value, String currency) {
            this.id = id;
            this.topupId = topupId;
            this.value = value;
            this.currency = currency;
        }
    }

    private final String base;
    private final String expectedBasic;
    final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final Map<String, String> byRequestId = new ConcurrentHashMap<>();
    private final Map<String, String> refunds = new ConcurrentHashMap<>();
    final Map<String, String> batchesBySender = new ConcurrentHashMap<>();
    private final Map<String, String> batches = new ConcurrentHashMap<>();
    private final String certificatePem;

    PaypalFakeApi(String base, String expectedBasic, String certificatePem) {
        this.base = base;
        this.expectedBasic = expectedBasic;
        this.certificatePem = certificatePem;
    }

    @Override
    public String getName() {
        return "paypal-fake";
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        String path = request.getUrl().replaceFirst("\\?.*", "");
        String method = request.getMethod().getName();
        if (path.startsWith("/v1/notifications/certs/")) {
            return new ResponseDefinitionBuilder().withStatus(200).withBody(certificatePem).build();
        }
        if (path.equals("/v1/oauth2/token")) {
            return expectedBasic.equals(request.getHeader("Authorization"))
                    ? json(200, "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":32400}")
                    : json(401, "{\"error\":\"invalid_client\",\"error_description\":\"Client Authentication failed\"}");
        }
        if (!("Bearer " + TOKEN).equals(request.getHeader("Authorization"))) {
            return json(401, "{\"error\":\"invalid_token\"}");
        }
        String requestId = request.getHeader("PayPal-Request-Id");
        Matcher m;
        if ("POST".equals(method) && path.equals("/v2/checkout/orders")) {
            return createOrder(requestId, read(request));
        } else if ((m = ORDER.matcher(path)).matches() && orders.containsKey(m.group(1))) {
            Order order = orders.get(m.group(1));
            return m.group(2) == null ? json(200, representation(order)) : capture(order, requestId);
        } else if ("POST".equals(method) && (m = REFUND_OF.matcher(path)).matches()) {
            return refund(m.group(1), requestId, read(request));
        } else if ((m = REFUND.matcher(path)).matches() && refunds.containsKey(m.group(1))) {
            return json(200, refunds.get(m.group(1)));
        } else if ("POST".equals(method) && path.equals("/v1/payments/payouts")) {
            return payout(read(request));
        } else if ((m = BATCH.matcher(path)).matches() && batches.containsKey(m.group(1))) {
            return json(200, batches.get(m.group(1)));
        }
        return json(404, "{\"name\":\"RESOURCE_NOT_FOUND\",\"message\":\"The specified resource does not exist.\"}");
    }

    private ResponseDefinition createOrder(String requestId, JsonObject body) {
        String known = requestId == null ? null : byRequestId.get(requestId);
        Order order = known != null ? orders.get(known) : null;
        if (order == null) {
            JsonObject unit = body.getJsonArray("purchase_units").getJsonObject(0);
            JsonObject amount = unit.getJsonObject("amount");
            order = new Order("O-" + shortId(), unit.getString("custom_id"), amount.getString("value"),
                    amount.getString("currency_code"));
            orders.put(order.id, order);
            if (requestId != null) {
                byRequestId.put(requestId, order.id);
            }
        }
        return json(200, "{\"id\":\"" + order.id + "\",\"status\":\"" + order.status + "\",\"links\":[{\"href\":\""
                + base + "/v2/checkout/orders/" + order.id + "\",\"rel\":\"self\",\"method\":\"GET\"},{\"href\":\""
                + approveLink(order.id) + "\",\"rel\":\"payer-action\",\"method\":\"GET\"}]}");
    }

    String approveLink(String orderId) {
        return base + "/checkoutnow?token=" + orderId;
    }

    private ResponseDefinition capture(Order order, String requestId) {
        if ("COMPLETED".equals(order.status)) {
            return requestId != null && requestId.equals(order.captureRequestId) ? json(201, representation(order))
                    : unprocessable("ORDER_ALREADY_CAPTURED", "Order already captured.");
        }
        if (!"APPROVED".equals(order.status)) {
            return unprocessable("ORDER_NOT_APPROVED", "Payer has not yet approved the Order for payment.");
        }
        complete(order);
        order.captureRequestId = requestId;
        return json(201, representation(order));
    }

    /** The order is captured at PayPal (by this fake's capture, or as if by PayPal itself). */
    void complete(Order order) {
        order.captureId = "C-" + shortId();
        order.status = "COMPLETED";
    }

    String representation(Order order) {
        String captures = order.captureId == null ? "" : ",\"payments\":{\"captures\":[{\"id\":\"" + order.captureId
                + "\",\"status\":\"COMPLETED\",\"amount\":{\"currency_code\":\"" + order.currency + "\",\"value\":\""
                + order.value + "\"},\"final_capture\":true,\"custom_id\":\"" + order.topupId + "\",\"invoice_id\":\""
                + order.topupId + "\"}]}";
        return "{\"id\":\"" + order.id + "\",\"status\":\"" + order.status + "\",\"intent\":\"CAPTURE\","
                + "\"purchase_units\":[{\"reference_id\":\"" + order.topupId + "\",\"custom_id\":\"" + order.topupId
                + "\",\"amount\":{\"currency_code\":\"" + order.currency + "\",\"value\":\"" + order.value + "\"}"
                + captures + "}],\"links\":[]}";
    }

    private ResponseDefinition refund(String captureId, String requestId, JsonObject body) {
        String known = requestId == null ? null : byRequestId.get(requestId);
        if (known != null) {
            return json(201, refunds.get(known));
        }
        Order order = orders.values().stream().filter(o -> captureId.equals(o.captureId)).findFirst().orElse(null);
        if (order == null) {
            return json(404, "{\"name\":\"RESOURCE_NOT_FOUND\",\"details\":[{\"issue\":\"INVALID_RESOURCE_ID\"}]}");
        }
        String id = "PR-" + shortId();
        JsonObject amount = body.getJsonObject("amount");
        refunds.put(id, refundResource(id, captureId, order.topupId, amount.getString("value"),
                body.getString("custom_id", null), "COMPLETED"));
        if (requestId != null) {
            byRequestId.put(requestId, id);
        }
        return json(201, refunds.get(id));
    }

    /** A refund as PayPal shows it (also the resource of its webhooks). */
    String refundResource(String id, String captureId, String topupId, String value, String customId, String status) {
        return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"amount\":{\"currency_code\":\"EUR\",\"value\":\""
                + value + "\"}," + (customId == null ? "" : "\"custom_id\":\"" + customId + "\",") + "\"invoice_id\":\""
                + topupId + "\",\"links\":[{\"href\":\"" + base + "/v2/payments/refunds/" + id + "\",\"rel\":\"self\"},"
                + "{\"href\":\"" + base + "/v2/payments/captures/" + captureId + "\",\"rel\":\"up\"}]}";
    }

    private ResponseDefinition payout(JsonObject body) {
        String senderBatchId = body.getJsonObject("sender_batch_header").getString("sender_batch_id");
        String existing = batchesBySender.get(senderBatchId);
        if (existing != null) {
            return json(400, "{\"name\":\"USER_BUSINESS_ERROR\",\"message\":\"User business error.\",\"details\":[{"
                    + "\"field\":\"SENDER_BATCH_ID\",\"issue\":\"Batch with given sender_batch_id already exists\"}],"
                    + "\"links\":[{\"href\":\"" + base + "/v1/payments/payouts/" + existing + "\",\"rel\":\"self\"}]}");
        }
        String batchId = "B-" + shortId();
        batchesBySender.put(senderBatchId, batchId);
        String header = "{\"payout_batch_id\":\"" + batchId + "\",\"batch_status\":\"PENDING\",\"sender_batch_header\":"
                + "{\"sender_batch_id\":\"" + senderBatchId + "\"}}";
        JsonObject item = body.getJsonArray("items").getJsonObject(0);
        batches.put(batchId, "{\"batch_header\":" + header + ",\"items\":[{\"payout_item_id\":\"I-" + shortId()
                + "\",\"transaction_status\":\"PENDING\",\"payout_batch_id\":\"" + batchId + "\",\"payout_item\":"
                + item + "}]}");
        return json(201, "{\"batch_header\":" + header + ",\"links\":[]}");
    }

    private static ResponseDefinition unprocessable(String issue, String description) {
        return json(422, "{\"name\":\"UNPROCESSABLE_ENTITY\",\"details\":[{\"issue\":\"" + issue + "\",\"description\":\""
                + description + "\"}],\"message\":\"The requested action could not be performed.\",\"debug_id\":\"fake\"}");
    }

    private static ResponseDefinition json(int status, String body) {
        return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(body).build();
    }

    private static JsonObject read(LoggedRequest request) {
        try (JsonReader reader = Json.createReader(new StringReader(request.getBodyAsString()))) {
            return reader.readObject();
        }
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 13).replace("-", "").toUpperCase();
    }
}
