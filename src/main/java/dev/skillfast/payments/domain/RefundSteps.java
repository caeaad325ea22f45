package dev.skillfast.payments.domain;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.billing.domain.EntryStatus;
import dev.skillfast.payments.store.RefundStore;
import dev.skillfast.payments.store.TopupStore;

/**
 * The first steps of a refund, each repeatable: record it, set its amount aside on the top-up (its
 * refundable part), hold it off the wallet (the HOLD entry, refused when the wallet no longer has it).
 */
@ApplicationScoped
public class RefundSteps {

    /** How holding a refund went. */
    enum Hold {
        HELD,
        /** The top-up's refundable part does not cover it. */
        BEYOND_TOPUP,
        /** The wallet no longer holds it (spent). */
        BEYOND_WALLET,
        /** The hold's entry is being written by someone else: look again later. */
        UNDECIDED
    }

    @Inject
    RefundStore refunds;

    @Inject
    TopupStore topups;

    @Inject
    MoneyMoves moves;

    @Inject
    PaymentSettings settings;

    @Inject
    Clock clock;

    /** Records the refund (once under its id); answers the stored one. */
    Refund start(Refund refund) {
        return refunds.insertOrGet(refund, clock.instant().plus(settings.reconcileAfter()));
    }

    /** Reserves, then holds; a refusal undoes the reservation and ends the refund FAILED. */
    Hold hold(Refund r) {
        if (refunds.holdConfirmed(r.id())) {
            return Hold.HELD;
        }
        if (topups.reserve(r.topupId(), r.id(), r.amount(), clock.instant()).isEmpty()) {
            fail(r, "More than the top-up's refundable amount");
            return Hold.BEYOND_TOPUP;
        }
        EntryStatus status = moves.holdRefund(r);
        if (status == EntryStatus.PENDING) {
            return Hold.UNDECIDED;
        }
        if (status == EntryStatus.REFUSED) {
            topups.release(r.topupId(), r.id(), r.amount(), clock.instant());
            fail(r, "The wallet no longer holds this amount");
            return Hold.BEYOND_WALLET;
        }
        refunds.confirmHold(r.id(), clock.instant());
        return Hold.HELD;
    }

    private void fail(Refund r, String reason) {
        refunds.finish(r.id(), RefundStatus.FAILED, null, null, reason, clock.instant());
        refunds.settle(r.id(), clock.instant());
    }
}
