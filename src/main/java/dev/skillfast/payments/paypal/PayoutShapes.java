package dev.skillfast.payments.paypal;

import java.util.List;
import java.util.Optional;

import jakarta.json.bind.annotation.JsonbProperty;

/** The Payouts v1 shapes SkillFast sends and reads (only the fields it uses). */
public final class PayoutShapes {

    private PayoutShapes() {
    }

    /** Payouts write amounts with {@code currency}, not Orders' {@code currency_code}. */
    public record PayoutMoney(String currency, String value) {
    }

    public record PayoutRequest(@JsonbProperty("sender_batch_header") SenderBatchHeader senderBatchHeader,
                         List<PayoutItemRequest> items) {
    }

    /** {@code sender_batch_id} is the payout's id: PayPal refuses a batch id it has seen (the idempotency). */
    public record SenderBatchHeader(@JsonbProperty("sender_batch_id") String senderBatchId,
                             @JsonbProperty("email_subject") String emailSubject,
                             @JsonbProperty("email_message") String emailMessage) {
    }

    public record PayoutItemRequest(@JsonbProperty("recipient_type") String recipientType, PayoutMoney amount,
                             String receiver, String note, @JsonbProperty("sender_item_id") String senderItemId) {
    }

    /** A batch as PayPal answers it (create: the header only; get: with its items). */
    public record PayoutBatch(@JsonbProperty("batch_header") BatchHeader batchHeader, List<PayoutItem> items) {

        Optional<PayoutItem> firstItem() {
            return items == null ? Optional.empty() : items.stream().findFirst();
        }
    }

    public record BatchHeader(@JsonbProperty("payout_batch_id") String payoutBatchId,
                       @JsonbProperty("batch_status") String batchStatus) {
    }

    public record PayoutItem(@JsonbProperty("payout_item_id") String payoutItemId,
                      @JsonbProperty("transaction_status") String transactionStatus,
                      @JsonbProperty("payout_item") ItemDetails payoutItem, ItemErrors errors) {
    }

    public record ItemDetails(@JsonbProperty("sender_item_id") String senderItemId) {
    }

    /** Why an item failed or is held ({@code RECEIVER_UNREGISTERED} …). */
    public record ItemErrors(String name, String message) {
    }
}
