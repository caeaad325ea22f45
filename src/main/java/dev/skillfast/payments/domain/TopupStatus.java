package dev.skillfast.payments.domain;

/**
 * A top-up's state. PENDING until the provider says; SUCCEEDED once credited (also from FAILED or EXPIRED:
 * a payment that arrives late is still money received); REFUNDED / PARTIALLY_REFUNDED after refunds.
 */
public enum TopupStatus {
    PENDING, SUCCEEDED, FAILED, EXPIRED, REFUNDED, PARTIALLY_REFUNDED
}
