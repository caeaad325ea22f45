package dev.skillfast.payments.domain;

import java.util.Optional;

/**
 * Sends approved payouts through a provider (Stripe transfers to the connected account, PayPal Payouts);
 * MANUAL payouts need none. Idempotent on {@code payout.id()}.
 */
public interface PayoutGateway {

    PayoutMethod method();

    boolean configured();

    /** Sends the payout; answers PAID, PROCESSING (a webhook or {@link #lookup} finishes it) or FAILED. */
    PayoutSent send(Payout payout, PayoutAccount account);

    /** Reconciliation of a PROCESSING payout; empty while the provider has not finished it. */
    Optional<PayoutSent> lookup(Payout payout, PayoutAccount account);

    /** What the provider answered. */
    record PayoutSent(PayoutStatus status, String providerRef, String failureReason) {
    }
}
