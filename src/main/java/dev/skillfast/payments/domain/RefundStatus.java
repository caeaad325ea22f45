package dev.skillfast.payments.domain;

/** A refund: HELD (taken off the wallet, not yet asked of the provider), PENDING at the provider, then final. */
public enum RefundStatus {
    HELD, PENDING, SUCCEEDED, FAILED
}
