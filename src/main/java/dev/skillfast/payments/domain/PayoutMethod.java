package dev.skillfast.payments.domain;

/** How an expert's earnings leave: Stripe Connect transfer, PayPal Payouts, or paid by the organisation (MANUAL). */
public enum PayoutMethod {
    STRIPE, PAYPAL, MANUAL
}
