package dev.skillfast.billing.api;

import java.time.Instant;
import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.billing.domain.Wallets;

/** Wallet response bodies; amounts in minor units. */
public final class WalletResponses {

    private WalletResponses() {
    }

    @Schema(name = "Wallet")
    public record Wallet(String currency, long balance, List<Balance> balances) {
    }

    @Schema(name = "WalletBalance")
    public record Balance(String currency, long balance) {
    }

    /** One statement line; {@code amount} is signed as the wallet saw it (negative: money out). */
    @JsonbNillable
    @Schema(name = "WalletTransaction")
    public record Transaction(String id, @Schema(enumeration = {"GRANT", "TOPUP", "SESSION_CHARGE", "REFUND", "PAYOUT",
            "ADJUSTMENT", "HOLD", "RELEASE"}) String type, long amount, String currency, String sessionId,
                              @Schema(description = "The session's billing unit, 0-based") Long unitIndex, String reason,
                              Instant createdAt) {

        static Transaction of(Wallets.Line line) {
            var e = line.entry();
            return new Transaction(e.id(), e.type().name(), line.amount(), e.currency(), e.sessionId(), e.unitIndex(),
                    e.reason(), e.createdAt());
        }
    }
}
