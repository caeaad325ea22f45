package dev.skillfast.payments.domain;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import dev.skillfast.billing.domain.EntryStatus;
import dev.skillfast.billing.domain.Money;
import dev.skillfast.payments.domain.EventSubject.TopupExpired;
import dev.skillfast.payments.domain.EventSubject.TopupFailed;
import dev.skillfast.payments.domain.EventSubject.TopupPaid;
import dev.skillfast.payments.domain.EventSubject.TopupRefunded;
import dev.skillfast.payments.domain.PaymentEvents.Applied;
import dev.skillfast.payments.store.TopupStore;
import dev.skillfast.platform.errors.UnavailableException;

/**
 * What a provider's word does to a top-up. Paid: the credit is journalled first (entry {@code topup:<id>},
 * once whatever repeats), then the status follows — from PENDING, and also from FAILED or EXPIRED, since
 * a late payment is money received. An amount or currency that differs from the top-up credits nothing and
 * flags it for an administrator. Failed and expired end only a PENDING top-up, so a late "expired" never
 * undoes a payment.
 */
@ApplicationScoped
public class TopupOutcomes {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(TopupOutcomes.class.getName());

    @Inject
    TopupStore store;

    @Inject
    MoneyMoves moves;

    @Inject
    Clock clock;

    @Inject
    Event<PaymentChanged> changes;

    Applied paid(Provider provider, TopupPaid paid) {
        Optional<Topup> found = resolve(provider, paid.topupId(), paid.paymentRef());
        if (found.isEmpty()) {
            LOG.warning(() -> provider + " reported a payment for an unknown top-up (" + paid.topupId() + ", "
                    + paid.paymentRef() + "): recorded, nothing credited");
            return new Applied(null, "unknown-topup");
        }
        Topup t = found.get();
        if (t.amount() != paid.amount() || !t.currency().equals(paid.currency())) {
            store.flag(t.id(), provider + " reported " + Money.format(paid.amount(), paid.currency())
                    + " paid for a top-up of " + Money.format(t.amount(), t.currency()) + ": not credited", clock.instant());
            store.lookAgain(t.id(), null); // an administrator decides; reconciliation would only repeat it
            return new Applied(t.id(), "mismatch-flagged");
        }
        return credit(t, paid.paymentRef());
    }

    /** Journals the credit, then marks the top-up SUCCEEDED (both once). */
    Applied credit(Topup t, String paymentRef) {
        EntryStatus status = moves.credit(t);
        if (status == EntryStatus.PENDING) {
            // another writer holds the key and has not finished: the provider retries, or recovery completes it
            throw new UnavailableException("The credit of top-up " + t.id() + " is being written; try again.");
        }
        if (store.succeeded(t, paymentRef, clock.instant()).isEmpty()) {
            return new Applied(t.id(), "already-credited");
        }
        changes.fire(PaymentChanged.of(t, TopupStatus.SUCCEEDED, null));
        return new Applied(t.id(), "credited");
    }

    Applied failed(Provider provider, TopupFailed failed) {
        return resolve(provider, failed.topupId(), failed.paymentRef())
                .map(t -> new Applied(t.id(), end(t, TopupStatus.FAILED, failed.reason()) ? "failed" : "ignored-not-pending"))
                .orElse(new Applied(null, "unknown-topup"));
    }

    Applied expired(TopupExpired expired) {
        return store.find(expired.topupId())
                .map(t -> new Applied(t.id(), end(t, TopupStatus.EXPIRED, "The payment page expired") ? "expired"
                        : "ignored-not-pending"))
                .orElse(new Applied(null, "unknown-topup"));
    }

    private boolean end(Topup t, TopupStatus status, String reason) {
        if (store.ended(t.id(), status, reason, clock.instant()).isEmpty()) {
            return false;
        }
        changes.fire(PaymentChanged.of(t, status, reason));
        return true;
    }

    /** The top-up an event names, by our id or by the provider's payment id. */
    Optional<Topup> resolve(Provider provider, String topupId, String paymentRef) {
        if (topupId != null) {
            Optional<Topup> byId = store.find(topupId).filter(t -> t.provider() == provider);
            if (byId.isPresent()) {
                return byId;
            }
        }
        return paymentRef == null ? Optional.empty() : store.byPayment(provider, paymentRef);
    }

    static String topupIdOf(EventSubject subject) {
        if (subject instanceof TopupPaid p) {
            return p.topupId();
        } else if (subject instanceof TopupFailed f) {
            return f.topupId();
        } else if (subject instanceof TopupExpired e) {
            return e.topupId();
        } else if (subject instanceof TopupRefunded r) {
            return r.topupId();
        }
        return null;
    }
}
