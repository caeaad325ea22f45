package dev.skillfast.payments.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.accounts.domain.AccountService;
import dev.skillfast.accounts.domain.User;
import dev.skillfast.payments.domain.Payout;
import dev.skillfast.payments.domain.RecordedEvent;
import dev.skillfast.payments.domain.Refund;
import dev.skillfast.payments.domain.Topup;
import dev.skillfast.platform.errors.NotFoundException;

/** The JSON shapes of the payments API (amounts in minor units). */
public final class PaymentResponses {

    private PaymentResponses() {
    }

    /** The user behind a top-up or payout, or null when their account is gone (the money's record stays). */
    static User userOrNull(AccountService users, String userId) {
        try {
            return users.get(userId);
        } catch (NotFoundException gone) {
            return null;
        }
    }

    @Schema(name = "PaymentProvider")
    public record ProviderInfo(@Schema(enumeration = {"STRIPE", "PAYPAL", "DEMO"}) String id, List<String> currencies,
                               long minAmount, long maxAmount) {
    }

    @Schema(name = "PaymentProviders")
    public record Providers(List<ProviderInfo> items) {
    }

    @Schema(name = "Topup")
    public record TopupView(String id, @Schema(enumeration = {"STRIPE", "PAYPAL", "DEMO"}) String provider, long amount,
                            String currency,
                            @Schema(enumeration = {"PENDING", "SUCCEEDED", "FAILED", "EXPIRED", "REFUNDED",
                                    "PARTIALLY_REFUNDED"}) String status,
                            @Schema(description = "The provider's payment page (or the demo page) to send the client to")
                            String redirectUrl, long refunded, Instant createdAt, Instant updatedAt) {

        static TopupView of(Topup t) {
            return new TopupView(t.id(), t.provider().name(), t.amount(), t.currency(), t.status().name(), t.redirectUrl(),
                    t.refunded(), t.createdAt(), t.updatedAt());
        }
    }

    @Schema(name = "Refund")
    public record RefundView(String id, String topupId, long amount, String currency, String reason,
                             @Schema(enumeration = {"HELD", "PENDING", "SUCCEEDED", "FAILED"}) String status,
                             String failureReason, Instant createdAt, Instant updatedAt) {

        static RefundView of(Refund r) {
            return new RefundView(r.id(), r.topupId(), r.amount(), r.currency(), r.reason(), r.status().name(),
                    r.failureReason(), r.createdAt(), r.updatedAt());
        }
    }

    @Schema(name = "PaymentEvent")
    public record EventView(String eventId, String provider, String type, String subject, Instant receivedAt,
                            String outcome) {

        static EventView of(RecordedEvent e) {
            return new EventView(e.eventId(), e.provider().name(), e.type(), e.subject(), e.receivedAt(), e.outcome());
        }
    }

    @Schema(name = "AdminTopup")
    public record AdminTopupView(String id, String provider, long amount, String currency, String status,
                                 String redirectUrl, long refunded, Instant createdAt, Instant updatedAt, String userId,
                                 String userName, String userEmail,
                                 @Schema(description = "What may still be refunded") long refundable,
                                 @Schema(description = "Why an administrator should look at it; null when nothing")
                                 String flag, List<RefundView> refunds, List<EventView> events) {

        static AdminTopupView of(Topup t, User user, List<RefundView> refunds, List<EventView> events) {
            return new AdminTopupView(t.id(), t.provider().name(), t.amount(), t.currency(), t.status().name(),
                    t.redirectUrl(), t.refunded(), t.createdAt(), t.updatedAt(), t.userId(),
                    user == null ? null : user.displayName(), user == null ? null : user.email(), t.refundable(), t.flag(),
                    refunds, events);
        }
    }

    @Schema(name = "Payout")
    public record PayoutView(String id, long amount, String currency,
                             @Schema(enumeration = {"STRIPE", "PAYPAL", "MANUAL"}) String method,
                             @Schema(enumeration = {"REQUESTED", "PROCESSING", "PAID", "REJECTED", "FAILED"}) String status,
                             String reference, String reason, Instant createdAt, Instant decidedAt, Instant paidAt) {

        static PayoutView of(Payout p) {
            return new PayoutView(p.id(), p.amount(), p.currency(), p.method().name(), p.status().name(), p.reference(),
                    p.reason(), p.createdAt(), p.decidedAt(), p.paidAt());
        }
    }

    @Schema(name = "AdminPayout")
    public record AdminPayoutView(String id, long amount, String currency, String method, String status, String reference,
                                  String reason, Instant createdAt, Instant decidedAt, Instant paidAt, String expertId,
                                  String expertName, String expertEmail) {

        static AdminPayoutView of(Payout p, User expert) {
            return new AdminPayoutView(p.id(), p.amount(), p.currency(), p.method().name(), p.status().name(),
                    p.reference(), p.reason(), p.createdAt(), p.decidedAt(), p.paidAt(), p.expertId(),
                    expert == null ? null : expert.displayName(), expert == null ? null : expert.email());
        }
    }

    @Schema(name = "WebhookReceipt")
    public record Receipt(boolean received, boolean duplicate) {
    }

    @Schema(name = "OnboardingLink")
    public record Link(String url) {
    }
}
