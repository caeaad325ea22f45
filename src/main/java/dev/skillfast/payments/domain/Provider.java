package dev.skillfast.payments.domain;

/** Where money comes in from: Stripe Checkout, PayPal Orders, or the demo desk's pretend payment page. */
public enum Provider {
    STRIPE, PAYPAL, DEMO
}
