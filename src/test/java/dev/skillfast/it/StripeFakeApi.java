package dev.skillfast.it;

import static dev.skillfast.testing.StripeFixtures.quoted;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.skillfast.testing.StripeFixtures;

/**
 * The behaviour of the fake Stripe API: the objects SkillFast creates (Checkout Sessions, refunds, Express
 * accounts, account links, transfers) kept in memory and answered back as Stripe shapes them, with Stripe's
 * idempotency (the same key and body answer the first answer again; the same key with another body is an
 * idempotency error). Plus the pages a browser meets: {@code /pay/<session>} (the hosted Checkout page: pays and
 * redirects to the success URL), {@code /pay/<session>/cancel}, {@code /onboard/<account>}.
 */
final class StripeFakeApi implements ResponseDefinitionTransformerV2 {

    static final String NAME = "skillfast-fake-stripe";

    /** A Checkout Session as the fake keeps it. */
    static final class FakeSession {
        final String id = "cs_test_" + random();
        final String paymentIntent = "pi_test_" + random();
        final String topupId;
        final long amount;
        final String currency;
        final String successUrl;
        final String cancelUrl;
        final Map<String, String> created;
        volatile String status = "open";
        volatile String paymentStatus = "unpaid";

        FakeSession(Map<String, String> form) {
            created = Map.copyOf(form);
            topupId = form.get("client_reference_id");
            amount = Long.parseLong(form.getOrDefault("line_items[0][price_data][unit_amount]", "0"));
            currency = form.get("line_items[0][price_data][currency]");
            successUrl = form.get("success_url");
            cancelUrl = form.get("cancel_url");
        }

        String json(String base) {
            return StripeFixtures.session(id, topupId, amount, currency, status, paymentStatus,
                    "complete".equals(status) ? quoted(paymentIntent) : "null", "open".equals(status) ? base + "/pay/" + id : null);
        }
    }

    /** A refund; created {@code pending} (card refunds are), finished by a test. */
    record FakeRefund(String id, long amount, String currency, String paymentIntent, String refundId, String topupId,
                      String status, Map<String, String> created) {
        String json() {
            return StripeFixtures.refund(id, amount, currency, status, paymentIntent, refundId, topupId,
                    "failed".equals(status) ? "declined" : null);
        }
    }

    /** An Express account; payouts off until a test enables them. */
    record FakeAccount(String id, String expertId, String email, boolean payoutsEnabled, Map<String, String> created) {
        String json() {
            return StripeFixtures.account(id, expertId, email, payoutsEnabled, payoutsEnabled);
        }
    }

    record FakeTransfer(String id, String payoutId, long amount, String currency, String destination, boolean reversed,
                        Map<String, String> created) {
        String json() {
            return StripeFixtures.transfer(id, payoutId, amount, currency, destination, reversed);
        }
    }

    final Map<String, FakeSession> sessions = new ConcurrentHashMap<>();
    final Map<String, FakeRefund> refunds = new ConcurrentHashMap<>();
    final Map<String, FakeAccount> accounts = new ConcurrentHashMap<>();
    final Map<String, FakeTransfer> transfers = new ConcurrentHashMap<>();
    private final Map<String, String[]> idempotent = new ConcurrentHashMap<>();
    private final Map<String, String> onboardingReturns = new ConcurrentHashMap<>();
    /** Called when a browser pays on {@code /pay/<session>} (the fake then tells the server, as Stripe would). */
    volatile java.util.function.Consumer<FakeSession> onPaid = session -> { };
    volatile String base = "";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        String path = URI.create(request.getUrl()).getPath();
        String[] parts = path.substring(1).split("/");
        String method = request.getMethod().getName();
        if ("POST".equals(method) && request.getHeader("Idempotency-Key") != null) {
            return idempotently(request, () -> route(method, parts, request));
        }
        return route(method, parts, request);
    }

    private ResponseDefinition route(String method, String[] p, LoggedRequest request) {
        Map<String, String> form = StripeFixtures.form(request.getBodyAsString());
        String route = method + " " + String.join("/", p).replaceAll("(cs|re|acct|tr)_[A-Za-z0-9_]+", "{id}");
        String id = p.length > 1 ? p[p.length - 1] : null;
        return switch (route) {
            case "POST v1/checkout/sessions" -> created(new FakeSession(form), s -> sessions.put(s.id, s), s -> s.json(base));
            case "GET v1/checkout/sessions/{id}" -> found(sessions.get(id), s -> s.json(base));
            case "POST v1/checkout/sessions/{id}/expire" -> expire(sessions.get(p[3]));
            case "GET pay/{id}" -> pay(sessions.get(id));
            case "GET pay/{id}/cancel" -> sessions.containsKey(p[1]) ? redirect(sessions.get(p[1]).cancelUrl) : missing();
            case "POST v1/refunds" -> created(new FakeRefund("re_test_" + random(), Long.parseLong(form.get("amount")),
                    currencyOf(form.get("payment_intent")), form.get("payment_intent"), form.get("metadata[refund_id]"), form.get("metadata[topup_id]"),
                    "pending", Map.copyOf(form)), r -> refunds.put(r.id(), r), FakeRefund::json);
            case "GET v1/refunds/{id}" -> found(refunds.get(id), FakeRefund::json);
            case "POST v1/accounts" -> created(new FakeAccount("acct_test_" + random(), form.get("metadata[expert_id]"),
                    form.get("email"), false, Map.copyOf(form)), a -> accounts.put(a.id(), a), FakeAccount::json);
            case "GET v1/accounts/{id}" -> found(accounts.get(id), FakeAccount::json);
            case "POST v1/account_links" -> accountLink(form);
            case "GET onboard/{id}" -> onboardingReturns.containsKey(id) ? redirect(onboardingReturns.get(id)) : missing();
            case "POST v1/transfers" -> transfer(form);
            case "GET v1/transfers/{id}" -> found(transfers.get(id), FakeTransfer::json);
            default -> missing();
        };
    }

    private String currencyOf(String paymentIntent) {
        return sessions.values().stream().filter(s -> s.paymentIntent.equals(paymentIntent)).map(s -> s.currency)
                .findFirst().orElse("eur");
    }

    private ResponseDefinition expire(FakeSession session) {
        if (session == null) {
            return missing();
        }
        synchronized (session) {
            if (!"open".equals(session.status)) {
                return error(400, "invalid_request_error", "checkout_session_not_open",
                        "Only Checkout Sessions with a status in [open] can be expired.");
            }
            session.status = "expired";
        }
        return json(200, session.json(base));
    }

    private ResponseDefinition pay(FakeSession session) {
        if (session == null) {
            return missing();
        }
        if (markPaid(session)) {
            onPaid.accept(session);
        }
        return redirect(session.successUrl);
    }

    /** Pays an open session (what the hosted page does); false when it was not open. */
    boolean markPaid(FakeSession session) {
        synchronized (session) {
            if (!"open".equals(session.status)) {
                return false;
            }
            session.status = "complete";
            session.paymentStatus = "paid";
            return true;
        }
    }

    private ResponseDefinition accountLink(Map<String, String> form) {
        String account = form.get("account");
        if (!accounts.containsKey(account)) {
            return missing();
        }
        onboardingReturns.put(account, form.get("return_url"));
        return json(200, "{\"object\": \"account_link\", \"created\": 1765022400, \"expires_at\": 1765022700, "
                + "\"url\": " + quoted(base + "/onboard/" + account) + "}");
    }

    private ResponseDefinition transfer(Map<String, String> form) {
        FakeAccount destination = accounts.get(form.get("destination"));
        if (destination == null || !destination.payoutsEnabled()) {
            return error(400, "invalid_request_error", "insufficient_capabilities_for_transfer",
                    "Your destination account needs to have at least one of the following capabilities enabled: transfers");
        }
        return created(new FakeTransfer("tr_test_" + random(), form.get("metadata[payout_id]"),
                Long.parseLong(form.get("amount")), form.get("currency"), destination.id(), false, Map.copyOf(form)),
                t -> transfers.put(t.id(), t), FakeTransfer::json);
    }

    private synchronized ResponseDefinition idempotently(LoggedRequest request,
                                                         java.util.function.Supplier<ResponseDefinition> create) {
        String key = request.getUrl() + " " + request.getHeader("Idempotency-Key");
        String[] first = idempotent.get(key);
        if (first != null) {
            return first[0].equals(request.getBodyAsString()) ? json(Integer.parseInt(first[1]), first[2])
                    : error(400, "idempotency_error", "idempotency_key_in_use",
                    "Keys for idempotent requests can only be used with the same parameters they were first used with.");
        }
        ResponseDefinition answer = create.get();
        if (answer.getStatus() < 500) {
            idempotent.put(key, new String[] {request.getBodyAsString(), String.valueOf(answer.getStatus()), answer.getBody()});
        }
        return answer;
    }

    private static <T> ResponseDefinition created(T object, java.util.function.Consumer<T> store, Function<T, String> json) {
        store.accept(object);
        return json(200, json.apply(object));
    }

    private static <T> ResponseDefinition found(T object, Function<T, String> json) {
        return object == null ? missing() : json(200, json.apply(object));
    }

    static ResponseDefinition json(int status, String body) {
        return WireMock.aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", "req_fake_" + random()).withBody(body).build();
    }

    static ResponseDefinition error(int status, String type, String code, String message) {
        return json(status, StripeFixtures.error(type, code, message));
    }

    private static ResponseDefinition missing() {
        return error(404, "invalid_request_error", "resource_missing", "No such object.");
    }

    private static ResponseDefinition redirect(String location) {
        return WireMock.aResponse().withStatus(302).withHeader("Location", location).build();
    }

    static String random() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }
}
