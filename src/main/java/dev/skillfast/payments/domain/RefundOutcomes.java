package dev.skillfast.payments.domain;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.billing.domain.EntryStatus;
import dev.skillfast.billing.domain.Money;
import dev.skillfast.payments.domain.EventSubject.RefundFailed;
import dev.skillfast.payments.domain.EventSubject.TopupRefunded;
import dev.skillfast.payments.domain.PaymentEvents.Applied;
import dev.skillfast.payments.store.RefundStore;
import dev.skillfast.payments.store.TopupStore;
import dev.skillfast.platform.errors.UnavailableException;

/**
 * What a provider's word does to a refund. Confirmed: the REFUND entry moves the held amount out, the
 * top-up counts it (REFUNDED or PARTIALLY_REFUNDED), the refund is settled. Failed: the held amount goes
 * back to the wallet. A refund the provider reports that SkillFast did not ask for (made in the provider's
 * dashboard) is taken off the wallet the same way if the wallet still holds it, and flagged otherwise; if
 * the payment itself was not seen yet (events out of order), it is credited first.
 */
@ApplicationScoped
public class RefundOutcomes {

    @Inject
    RefundStore refunds;

    @Inject
    TopupStore topups;

    @Inject
    TopupOutcomes topupOutcomes;

    @Inject
    RefundSteps steps;

    @Inject
    MoneyMoves moves;

    @Inject
    Clock clock;

    Applied refunded(Provider provider, TopupRefunded event) {
        Optional<Topup> found = topupOutcomes.resolve(provider, event.topupId(), event.paymentRef());
        Optional<Refund> ours = Optional.ofNullable(event.refundId()).flatMap(refunds::find)
                .or(() -> Optional.ofNullable(event.refundRef()).flatMap(ref -> refunds.byProviderRef(provider, ref)));
        if (ours.isPresent()) {
            Refund r = ours.get();
            if (r.amount() != event.amount() || !r.currency().equals(event.currency())) {
                topups.flag(r.topupId(), provider + " refunded " + Money.format(event.amount(), event.currency())
                        + " for a refund of " + Money.format(r.amount(), r.currency()), clock.instant());
            }
            return new Applied(r.topupId(), complete(r, provider, event.refundRef()));
        }
        if (found.isEmpty()) {
            return new Applied(null, "unknown-topup");
        }
        return new Applied(found.get().id(), external(provider, found.get(), event));
    }

    private String external(Provider provider, Topup t, TopupRefunded event) {
        if (t.status() == TopupStatus.PENDING || t.status() == TopupStatus.FAILED || t.status() == TopupStatus.EXPIRED) {
            topupOutcomes.credit(t, event.paymentRef()); // refunded means it was paid: the payment's word comes later
        }
        Refund r = steps.start(new Refund("ext-" + provider.name().toLowerCase() + "-" + event.refundRef(), t.id(),
                t.userId(), event.amount(), event.currency(), "Refunded at " + provider, RefundStatus.PENDING,
                event.refundRef(), null, null, clock.instant(), clock.instant()));
        RefundSteps.Hold hold = steps.hold(r);
        if (hold != RefundSteps.Hold.HELD) {
            topups.flag(t.id(), provider + " refunded " + Money.format(event.amount(), event.currency())
                    + " but the wallet no longer holds it: settle it by hand", clock.instant());
            return "external-refund-flagged";
        }
        return complete(r, provider, event.refundRef());
    }

    /** The provider confirmed: journal the REFUND, count it on the top-up, settle (each step once). */
    String complete(Refund r, Provider provider, String refundRef) {
        Optional<Refund> now = refunds.finish(r.id(), RefundStatus.SUCCEEDED, provider, refundRef, null, clock.instant());
        Refund current = now.orElseGet(() -> refunds.find(r.id()).orElseThrow());
        if (current.status() != RefundStatus.SUCCEEDED) {
            topups.flag(r.topupId(), provider + " confirmed refund " + r.id() + " after it had failed", clock.instant());
            return "refund-conflict-flagged";
        }
        require(moves.completeRefund(current));
        topups.refunded(current.topupId(), current.id(), current.amount(), clock.instant());
        refunds.settle(current.id(), clock.instant());
        return "refunded";
    }

    Applied failed(Provider provider, RefundFailed event) {
        Optional<Refund> found = Optional.ofNullable(event.refundId()).flatMap(refunds::find)
                .or(() -> Optional.ofNullable(event.refundRef()).flatMap(ref -> refunds.byProviderRef(provider, ref)));
        if (found.isEmpty()) {
            return new Applied(null, "unknown-refund");
        }
        return new Applied(found.get().topupId(), release(found.get(), provider, event.refundRef(), event.reason()));
    }

    /** The refund failed: give the held amount back to the wallet and the reservation to the top-up. */
    String release(Refund r, Provider provider, String refundRef, String reason) {
        Optional<Refund> now = refunds.finish(r.id(), RefundStatus.FAILED, provider, refundRef,
                reason == null ? "Refused by " + provider : reason, clock.instant());
        Refund current = now.orElseGet(() -> refunds.find(r.id()).orElseThrow());
        if (current.status() != RefundStatus.FAILED) {
            return "ignored-refund-final";
        }
        if (refunds.holdConfirmed(current.id())) {
            require(moves.releaseRefund(current));
        }
        topups.release(current.topupId(), current.id(), current.amount(), clock.instant());
        refunds.settle(current.id(), clock.instant());
        return "refund-failed";
    }

    static void require(EntryStatus status) {
        if (status == EntryStatus.PENDING) {
            throw new UnavailableException("A journal entry is still being written; try again.");
        }
    }
}
