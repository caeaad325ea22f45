package dev.skillfast.payments.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.payments.domain.EventSubject.TopupExpired;
import dev.skillfast.payments.store.TopupStore;

/**
 * So that a lost webhook loses nothing: top-ups still PENDING after {@code reconcile-after} are looked up at
 * their provider and settled or expired through the event path, and refunds and payouts a crash or an
 * unreachable provider left half way are taken on (see {@link Refunds}, {@link Payouts}). Each item is
 * first moved to its next look, so one that fails is not retried in a tight loop.
 */
@ApplicationScoped
public class Reconciliation {

    private static final Logger LOG = Logger.getLogger(Reconciliation.class.getName());
    static final int BATCH = 100;

    @Inject
    TopupStore topups;

    @Inject
    Gateways gateways;

    @Inject
    PaymentEvents events;

    @Inject
    Refunds refunds;

    @Inject
    Payouts payouts;

    @Inject
    PaymentSettings settings;

    @Inject
    Clock clock;

    /** What one pass looked at. */
    public record Pass(int topups, int refunds, int payouts) {
    }

    public Pass run() {
        return new Pass(reconcileTopups(), refunds.reconcile(BATCH), payouts.reconcile(BATCH));
    }

    int reconcileTopups() {
        Instant now = clock.instant();
        List<Topup> due = topups.due(now, BATCH);
        for (Topup t : due) {
            if (t.status() != TopupStatus.PENDING || t.flag() != null) {
                topups.lookAgain(t.id(), null);
                continue;
            }
            topups.lookAgain(t.id(), now.plus(settings.reconcileAfter()));
            try {
                lookUp(t, now);
            } catch (ProviderUnavailableException e) {
                LOG.info(() -> "Top-up " + t.id() + " not reconciled yet, " + t.provider() + " unavailable: " + e.getMessage());
            }
        }
        return due.size();
    }

    private void lookUp(Topup t, Instant now) {
        PaymentGateway gateway = gateways.find(t.provider()).orElse(null);
        if (gateway != null) {
            gateway.lookup(t).forEach(events::accept);
        } else if (t.createdAt().plus(settings.checkoutExpiry()).isBefore(now)) {
            // the provider was switched off meanwhile: its page is long gone
            events.accept(new ProviderEvent(t.provider(), "reconcile:" + t.id() + ":EXPIRED", "reconciliation",
                    now, new TopupExpired(t.id())));
        }
    }
}
