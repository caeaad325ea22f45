package dev.skillfast.payments.domain;

import java.time.Instant;

/**
 * Where an expert is paid: their Stripe Connect Express account (payouts enabled once onboarding is done)
 * and/or the PayPal e-mail PayPal Payouts sends to.
 */
public record PayoutAccount(String expertId, String stripeAccountId, boolean payoutsEnabled, boolean detailsSubmitted,
                            String paypalEmail, Instant updatedAt) {

    public static PayoutAccount none(String expertId) {
        return new PayoutAccount(expertId, null, false, false, null, null);
    }
}
