package dev.skillfast.payments.domain;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;

import dev.skillfast.platform.errors.ConflictException;

/**
 * The demo payment page's Pay and Cancel: each makes the event a provider would send (one id per top-up
 * and outcome, so a double click is one event), signs it and hands it to {@link DemoWebhook}.
 */
@ApplicationScoped
public class DemoPayments {

    @Inject
    Topups topups;

    @Inject
    DemoWebhook webhook;

    @Inject
    Clock clock;

    public Topup pay(String userId, String topupId) {
        return complete(userId, topupId, "payment.succeeded");
    }

    public Topup cancel(String userId, String topupId) {
        return complete(userId, topupId, "payment.cancelled");
    }

    private Topup complete(String userId, String topupId, String type) {
        Topup t = topups.get(userId, topupId);
        if (t.provider() != Provider.DEMO) {
            throw new ConflictException("This top-up is paid through " + t.provider() + ", not the demo page.");
        }
        if (t.status() != TopupStatus.PENDING) {
            return t;
        }
        String body = Json.createObjectBuilder().add("id", "demo_" + type.replace('.', '_') + "_" + t.id())
                .add("type", type).add("topupId", t.id()).add("amount", t.amount()).add("currency", t.currency())
                .add("created", clock.instant().getEpochSecond()).build().toString();
        webhook.receive(body, webhook.sign(body));
        return topups.get(userId, topupId);
    }
}
