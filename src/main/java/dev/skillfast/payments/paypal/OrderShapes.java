package dev.skillfast.payments.paypal;

import java.util.List;
import java.util.Optional;

import jakarta.json.bind.annotation.JsonbProperty;

/** The Orders v2 and Payments v2 shapes SkillFast sends and reads (only the fields it uses). */
public final class OrderShapes {

    private OrderShapes() {
    }

    /** An amount as Orders and Payments write it: {@code {"currency_code": "EUR", "value": "12.34"}}. */
    public record Money(@JsonbProperty("currency_code") String currencyCode, String value) {
    }

    /** A HATEOAS link ({@code approve}, {@code payer-action}, {@code up} …). */
    public record Link(String href, String rel, String method) {
    }

    public record OrderRequest(String intent, @JsonbProperty("purchase_units") List<PurchaseUnitRequest> purchaseUnits,
                        @JsonbProperty("payment_source") PaymentSource paymentSource) {
    }

    public record PurchaseUnitRequest(@JsonbProperty("reference_id") String referenceId, String description,
                               @JsonbProperty("custom_id") String customId,
                               @JsonbProperty("invoice_id") String invoiceId, Money amount) {
    }

    public record PaymentSource(PaypalSource paypal) {
    }

    public record PaypalSource(@JsonbProperty("experience_context") ExperienceContext experienceContext) {
    }

    public record ExperienceContext(@JsonbProperty("brand_name") String brandName,
                             @JsonbProperty("user_action") String userAction,
                             @JsonbProperty("shipping_preference") String shippingPreference,
                             @JsonbProperty("return_url") String returnUrl,
                             @JsonbProperty("cancel_url") String cancelUrl) {
    }

    /** An order as PayPal answers it (create, capture, get). */
    public record Order(String id, String status, @JsonbProperty("purchase_units") List<PurchaseUnit> purchaseUnits,
                 List<Link> links) {

        /** The href of the first link with one of these rels. */
        Optional<String> link(String... rels) {
            for (String rel : rels) {
                for (Link link : links == null ? List.<Link>of() : links) {
                    if (rel.equals(link.rel()) && link.href() != null) {
                        return Optional.of(link.href());
                    }
                }
            }
            return Optional.empty();
        }

        /** The order's capture (SkillFast's orders have one purchase unit, captured once). */
        Optional<Capture> capture() {
            return (purchaseUnits == null ? List.<PurchaseUnit>of() : purchaseUnits).stream()
                    .filter(unit -> unit.payments() != null && unit.payments().captures() != null)
                    .flatMap(unit -> unit.payments().captures().stream())
                    .findFirst();
        }
    }

    public record PurchaseUnit(@JsonbProperty("custom_id") String customId, Payments payments) {
    }

    public record Payments(List<Capture> captures) {
    }

    public record Capture(String id, String status, Money amount, @JsonbProperty("custom_id") String customId,
                   @JsonbProperty("status_details") StatusDetails statusDetails) {
    }

    public record StatusDetails(String reason) {
    }

    /** A refund request: {@code custom_id} is SkillFast's refund id, found again in the webhook. */
    public record RefundRequest(Money amount, @JsonbProperty("note_to_payer") String noteToPayer,
                         @JsonbProperty("custom_id") String customId) {
    }

    /** A refund as PayPal answers it. */
    public record RefundAnswer(String id, String status, Money amount,
                        @JsonbProperty("status_details") StatusDetails statusDetails) {
    }

    /** The OAuth2 client-credentials answer. */
    public record Token(@JsonbProperty("access_token") String accessToken,
                 @JsonbProperty("expires_in") Long expiresIn) {
    }
}
