package dev.skillfast.payments.domain;

import java.util.List;

/**
 * An expert's payout set-up as the Payouts page shows it.
 *
 * @param methods         the methods offered here (allowed and configured)
 * @param preferredMethod what a request without a method uses: Stripe once onboarded, else PayPal with an
 *                        e-mail, else MANUAL; null when none can be used yet
 * @param stripe          null when Stripe payouts are not offered
 * @param available       earnings that can be requested, per currency
 * @param pending         requested or processing, per currency
 */
public record PayoutAccountView(List<PayoutMethod> methods, PayoutMethod preferredMethod, StripeState stripe,
                                String paypalEmail, long minimum, List<Amount> available, List<Amount> pending) {

    /** The expert's Stripe Connect account. */
    public record StripeState(String accountId, String onboarding, boolean payoutsEnabled) {
    }

    public record Amount(String currency, long amount) {
    }
}
