package dev.skillfast.payments.domain;

/**
 * A payout: REQUESTED (amount held off the earnings) → PROCESSING (approved, sent to the provider) → PAID;
 * or REJECTED by an administrator / FAILED at the provider (the held amount goes back).
 */
public enum PayoutStatus {
    REQUESTED, PROCESSING, PAID, REJECTED, FAILED
}
