package dev.skillfast.payments.domain;

/**
 * What a provider event means for SkillFast. A top-up is named by our id ({@code client_reference_id},
 * {@code custom_id}, metadata) or, where the provider's object carries only its own payment id, by
 * {@code paymentRef} (then {@code topupId} is null).
 */
public sealed interface EventSubject {

    /** The client paid: credit {@code amount} {@code currency} if it matches the top-up, else flag it. */
    record TopupPaid(String topupId, long amount, String currency, String paymentRef) implements EventSubject {
    }

    /** The payment failed or was declined. */
    record TopupFailed(String topupId, String paymentRef, String reason) implements EventSubject {
    }

    /** The payment page expired unpaid. */
    record TopupExpired(String topupId) implements EventSubject {
    }

    /**
     * Money went back to the client at the provider: ours ({@code refundId} is our refund's id) or one made
     * in the provider's dashboard ({@code refundId} null: SkillFast takes it off the wallet if it can, else
     * flags it). {@code refundRef} is the provider's refund id (unique per refund).
     */
    record TopupRefunded(String topupId, String paymentRef, String refundId, String refundRef, long amount,
                         String currency) implements EventSubject {
    }

    /** A refund we asked for failed at the provider: the held amount goes back to the wallet. */
    record RefundFailed(String refundId, String refundRef, String reason) implements EventSubject {
    }

    /** A payout reached the expert. */
    record PayoutPaid(String payoutId, String providerRef) implements EventSubject {
    }

    /** A payout failed or was returned: the held amount goes back to the expert's earnings. */
    record PayoutFailed(String payoutId, String reason) implements EventSubject {
    }

    /** A Stripe Connect account changed (onboarding finished, payouts enabled or disabled). */
    record PayoutAccountUpdated(String stripeAccountId, boolean payoutsEnabled, boolean detailsSubmitted)
            implements EventSubject {
    }

    /** An event type SkillFast does not act on: recorded and acknowledged. */
    record Unhandled() implements EventSubject {
    }
}
