package dev.skillfast.payments.domain;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import dev.skillfast.payments.domain.EventSubject.PayoutAccountUpdated;
import dev.skillfast.payments.domain.EventSubject.PayoutFailed;
import dev.skillfast.payments.domain.EventSubject.PayoutPaid;
import dev.skillfast.payments.domain.PaymentEvents.Applied;
import dev.skillfast.payments.store.PayoutAccountStore;
import dev.skillfast.payments.store.PayoutStore;

/**
 * What a provider's word (or an administrator's manual "paid") does to a payout: PAID journals the PAYOUT
 * entry; FAILED gives the held amount back to the earnings, or, for a payout paid earlier and returned by
 * the provider, credits the earnings back from outside. Each step once; {@code settled} marks the end.
 */
@ApplicationScoped
public class PayoutOutcomes {

    @Inject
    PayoutStore payouts;

    @Inject
    PayoutAccountStore accounts;

    @Inject
    MoneyMoves moves;

    @Inject
    Clock clock;

    @Inject
    Event<PaymentChanged> changes;

    Applied paid(PayoutPaid event) {
        return new Applied(null, payouts.find(event.payoutId()).map(p -> markPaid(p, event.providerRef()))
                .orElse("unknown-payout"));
    }

    /** PROCESSING → PAID, then the PAYOUT entry and the settlement (each once). */
    String markPaid(Payout p, String providerRef) {
        Optional<Payout> now = payouts.finish(p.id(), PayoutStatus.PAID, providerRef, null, clock.instant());
        Payout current = now.orElseGet(() -> payouts.find(p.id()).orElseThrow());
        if (current.status() != PayoutStatus.PAID) {
            return "ignored-payout-" + current.status().name().toLowerCase();
        }
        settle(current);
        return "payout-paid";
    }

    Applied failed(PayoutFailed event) {
        return new Applied(null, payouts.find(event.payoutId()).map(p -> markFailed(p, event.reason()))
                .orElse("unknown-payout"));
    }

    /** PROCESSING → FAILED (held amount back), or PAID → FAILED (returned: credited back), each once. */
    String markFailed(Payout p, String reason) {
        String why = reason == null ? "Refused by the provider" : reason;
        Optional<Payout> now = payouts.finish(p.id(), PayoutStatus.FAILED, null, why, clock.instant())
                .or(() -> payouts.reversed(p.id(), why, clock.instant()));
        Payout current = now.orElseGet(() -> payouts.find(p.id()).orElseThrow());
        if (current.status() != PayoutStatus.FAILED) {
            return "ignored-payout-" + current.status().name().toLowerCase();
        }
        settle(current);
        return "payout-failed";
    }

    /** Posts the final entry of a decided payout and marks it settled (all repeatable). */
    void settle(Payout p) {
        switch (p.status()) {
            case PAID -> RefundOutcomes.require(moves.pay(p));
            case REJECTED -> RefundOutcomes.require(moves.releasePayout(p));
            case FAILED -> RefundOutcomes.require(moves.paid(p) ? moves.reversePayout(p) : moves.releasePayout(p));
            default -> {
                return;
            }
        }
        payouts.settle(p.id(), clock.instant());
        changes.fire(PaymentChanged.of(p));
    }

    Applied accountUpdated(PayoutAccountUpdated event) {
        return new Applied(null, accounts.byStripeAccount(event.stripeAccountId())
                .map(a -> {
                    accounts.setStripeState(a.expertId(), event.payoutsEnabled(), event.detailsSubmitted(), clock.instant());
                    return "account-updated";
                }).orElse("unknown-account"));
    }
}
