package dev.skillfast.payments.domain;

import java.time.Instant;

/**
 * Money given back for a top-up: held on the wallet at once (journal entry {@code refund-hold:<id>}),
 * refunded at the provider with {@code id} as the idempotency key, and posted as a REFUND entry
 * ({@code refund:<id>}) when the provider confirms, or released back ({@code refund-release:<id>}) when it
 * refuses.
 *
 * @param providerRef the provider's refund id once asked
 * @param createdBy   the administrator, or null for a refund made at the provider (reported by webhook)
 */
public record Refund(String id, String topupId, String userId, long amount, String currency, String reason,
                     RefundStatus status, String providerRef, String failureReason, String createdBy,
                     Instant createdAt, Instant updatedAt) {
}
