package dev.skillfast.payments.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.skillfast.payments.domain.EventSubject.TopupExpired;
import dev.skillfast.platform.mongo.DatabaseMode;
import dev.skillfast.platform.mongo.MongoProducer;

/**
 * The demo desk's pretend provider ("demo payment, no real money"): its payment page is a page of the web
 * app whose Pay and Cancel produce signed events ({@link DemoWebhook}) that take the same path as a real
 * provider's. On by default on the embedded store only ({@code skillfast.payments.demo}).
 */
@ApplicationScoped
public class DemoGateway implements PaymentGateway {

    @Inject
    @ConfigProperty(name = "skillfast.payments.demo")
    Optional<Boolean> enabled;

    @Inject
    MongoProducer mongo;

    @Inject
    PaymentSettings settings;

    @Inject
    Clock clock;

    @Override
    public Provider provider() {
        return Provider.DEMO;
    }

    @Override
    public boolean configured() {
        return enabled.orElseGet(() -> mongo.connection().mode() == DatabaseMode.EMBEDDED);
    }

    @Override
    public Checkout open(Topup topup, ReturnLinks links) {
        return new Checkout(null, TopupLinks.demoPage(links, topup.id()));
    }

    /** Nobody pays a demo page late: once it is past its expiry, it expired. */
    @Override
    public List<ProviderEvent> lookup(Topup topup) {
        if (topup.createdAt().plus(settings.checkoutExpiry()).isAfter(clock.instant())) {
            return List.of();
        }
        return List.of(new ProviderEvent(Provider.DEMO, "demo-expired:" + topup.id(), "demo.expired", clock.instant(),
                new TopupExpired(topup.id())));
    }

    /** Demo money goes back at once. */
    @Override
    public RefundStarted refund(Topup topup, Refund refund) {
        return new RefundStarted("demo-refund-" + refund.id(), RefundStatus.SUCCEEDED, null);
    }

    @Override
    public List<ProviderEvent> lookupRefund(Topup topup, Refund refund) {
        return List.of();
    }
}
