package dev.skillfast.payments.domain;

import java.time.Instant;

/**
 * An expert's request to be paid their earnings: held at once (journal entry {@code payout-hold:<id>}),
 * decided by an administrator, and one PAYOUT journal entry ({@code payout:<id>}) when paid.
 *
 * @param reference   the administrator's reference for a MANUAL payout (payroll run, bank transfer id)
 * @param providerRef the provider's transfer or payout item id
 * @param reason      why it was rejected or failed
 */
public record Payout(String id, String expertId, long amount, String currency, PayoutMethod method, PayoutStatus status,
                     String reference, String providerRef, String reason, String decidedBy, Instant createdAt,
                     Instant decidedAt, Instant paidAt, Instant updatedAt) {
}
