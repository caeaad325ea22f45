package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jakarta.json.JsonObject;

/**
 * Money moving in and out of one client's wallet and one expert's earnings while their sessions run
 * (LedgerRandomIT): demo top-ups paid (sometimes twice, the same top-up created twice under one key) or
 * cancelled, administrators' refunds of them (a 409 when the wallet or the top-up no longer covers one is
 * fine), payouts requested by the expert and paid or rejected by an administrator.
 */
final class MoneyTraffic {

    private static final int STEPS = 12;

    private final Random random;
    private final Accounts.Session client;
    private final Accounts.Session expert;
    private final List<String> paid = new ArrayList<>();

    MoneyTraffic(Random random, Accounts.Session client, Accounts.Session expert) {
        this.random = random;
        this.client = client;
        this.expert = expert;
    }

    void run() {
        for (int i = 0; i < STEPS; i++) {
            switch (random.nextInt(4)) {
                case 0, 1 -> topUp();
                case 2 -> refund();
                default -> payout();
            }
            Billing.pause(Duration.ofMillis(random.nextInt(400)));
        }
    }

    private void topUp() {
        String key = UUID.randomUUID().toString();
        long amount = 500 + random.nextInt(5_000);
        HttpResponse<String> created = Payments.createTopup(client, "DEMO", amount, key);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = ItServer.json(created).getString("id");
        assertThat(ItServer.json(Payments.createTopup(client, "DEMO", amount, key)).getString("id")).isEqualTo(id);
        String action = random.nextInt(5) == 0 ? "cancel" : "pay";
        int times = 1 + random.nextInt(2);
        for (int i = 0; i < times; i++) {
            HttpResponse<String> done = Payments.post(client, "/api/payments/demo/topups/" + id + "/" + action, null);
            assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        }
        if (action.equals("pay")) {
            paid.add(id);
        }
    }

    private void refund() {
        if (paid.isEmpty()) {
            return;
        }
        String id = paid.get(random.nextInt(paid.size()));
        HttpResponse<String> refund = Payments.refund(id, 1 + random.nextInt(3_000));
        assertThat(refund.statusCode()).as(refund.body()).isIn(201, 400, 409);
    }

    private void payout() {
        long available = ItServer.json(expert.get("/api/earnings")).getJsonNumber("available").longValue();
        if (available < 100) {
            return;
        }
        long amount = 100 + (long) (random.nextDouble() * (available - 100));
        HttpResponse<String> requested = Payments.post(expert, "/api/payouts",
                "{\"amount\":" + amount + ",\"method\":\"MANUAL\"}");
        assertThat(requested.statusCode()).as(requested.body()).isIn(201, 409);
        if (requested.statusCode() == 201) {
            String id = ItServer.json(requested).getString("id");
            String decision = random.nextBoolean() ? "approve" : "reject";
            HttpResponse<String> decided = Payments.post(Accounts.cachedAdmin(), "/api/admin/payouts/" + id + "/" + decision,
                    decision.equals("approve") ? "{\"reference\":\"run\"}" : "{\"reason\":\"random\"}");
            assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        }
    }

    int topupsPaid() {
        return paid.size();
    }

    /** Each paid top-up shows once among the wallet's TOPUP entries, with its refunds counted on it. */
    void assertCreditedOnce() {
        HttpResponse<String> entries = client.get("/api/wallet/transactions?type=TOPUP&size=100");
        assertThat(ItServer.json(entries).getJsonNumber("total").longValue()).isEqualTo(paid.size());
        for (String id : paid) {
            JsonObject topup = Payments.adminTopup(id);
            long refunded = topup.getJsonArray("refunds").getValuesAs(JsonObject.class).stream()
                    .filter(r -> r.getString("status").equals("SUCCEEDED")).mapToLong(r -> r.getJsonNumber("amount").longValue())
                    .sum();
            assertThat(topup.getJsonNumber("refunded").longValue()).isEqualTo(refunded);
            assertThat(topup.getJsonNumber("refunded").longValue() + topup.getJsonNumber("refundable").longValue())
                    .isEqualTo(topup.getJsonNumber("amount").longValue());
        }
    }
}
