package dev.skillfast.payments.domain;

import java.time.Instant;

/**
 * Money a client pays in through a provider, credited once to their wallet as the journal entry
 * {@code topup:<id>}.
 *
 * @param providerRef the provider's object for the payment page: Stripe Checkout Session id, PayPal order id
 *                    (null for DEMO and until the page is open)
 * @param paymentRef  the provider's payment once paid: Stripe PaymentIntent id, PayPal capture id
 * @param refunded    minor units refunded so far (confirmed by the provider)
 * @param refundable  minor units that may still be refunded (the amount once credited, less refunds held or done)
 * @param flag        why an administrator should look at it (an event whose amount or currency differs), or null
 */
public record Topup(String id, String userId, Provider provider, long amount, String currency, TopupStatus status,
                    String providerRef, String paymentRef, String redirectUrl, long refunded, long refundable,
                    String flag, Instant createdAt, Instant updatedAt) {
}
