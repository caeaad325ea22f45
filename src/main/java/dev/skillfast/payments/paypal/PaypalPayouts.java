package dev.skillfast.payments.paypal;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.payments.domain.Payout;
import dev.skillfast.payments.domain.PayoutAccount;
import dev.skillfast.payments.domain.PayoutGateway;
import dev.skillfast.payments.domain.PayoutMethod;
import dev.skillfast.payments.domain.PayoutStatus;
import dev.skillfast.payments.domain.ProviderUnavailableException;
import dev.skillfast.payments.paypal.PayoutShapes.PayoutBatch;
import dev.skillfast.payments.paypal.PayoutShapes.PayoutItem;
import dev.skillfast.payments.paypal.PayoutShapes.PayoutItemRequest;
import dev.skillfast.payments.paypal.PayoutShapes.PayoutMoney;
import dev.skillfast.payments.paypal.PayoutShapes.PayoutRequest;
import dev.skillfast.payments.paypal.PayoutShapes.SenderBatchHeader;

/**
 * Expert payouts through PayPal Payouts: one batch per payout, {@code sender_batch_id} and the item's
 * {@code sender_item_id} = the payout id, one EMAIL item to the expert's PayPal e-mail. PayPal refuses a
 * batch id it has seen in the last 30 days, linking the original batch: that is the idempotency, so a retry
 * after a lost answer finds the first batch instead of paying twice. The batch id is the payout's reference.
 */
@ApplicationScoped
public class PaypalPayouts implements PayoutGateway {

    private static final String BATCH_PATH = "/v1/payments/payouts/";

    @Inject
    PaypalConnection connection;

    public PaypalPayouts() {
    }

    PaypalPayouts(PaypalConnection connection) {
        this.connection = connection;
    }

    @Override
    public PayoutMethod method() {
        return PayoutMethod.PAYPAL;
    }

    @Override
    public boolean configured() {
        return connection.configured();
    }

    @Override
    public PayoutSent send(Payout payout, PayoutAccount account) {
        String email = account == null ? null : account.paypalEmail();
        if (email == null || email.isBlank()) {
            return new PayoutSent(PayoutStatus.FAILED, null,
                    "The expert has no PayPal e-mail to be paid at: they set one on their Payouts page.");
        }
        PayoutRequest request = new PayoutRequest(
                new SenderBatchHeader(payout.id(), "Your SkillFast payout", "SkillFast sent you your earnings."),
                List.of(new PayoutItemRequest("EMAIL",
                        new PayoutMoney(payout.currency(), PaypalAmounts.value(payout.amount(), payout.currency())),
                        email.strip(), "SkillFast payout " + payout.id(), payout.id())));
        try {
            PayoutBatch batch = connection.call("send payout " + payout.id(),
                    bearer -> connection.payouts().create(bearer, "payout:" + payout.id(), request));
            String batchId = batch.batchHeader() == null ? null : batch.batchHeader().payoutBatchId();
            return switch (String.valueOf(batch.batchHeader() == null ? null : batch.batchHeader().batchStatus())) {
                case "SUCCESS" -> new PayoutSent(PayoutStatus.PAID, batchId, null);
                case "DENIED", "CANCELED" -> new PayoutSent(PayoutStatus.FAILED, batchId,
                        "PayPal " + batch.batchHeader().batchStatus().toLowerCase() + " the payout batch");
                default -> new PayoutSent(PayoutStatus.PROCESSING, batchId, null);
            };
        } catch (PaypalApiException e) {
            Optional<String> original = e.linkContaining(BATCH_PATH);
            if (original.isPresent()) { // this payout's batch exists already: a retry after a lost answer
                return new PayoutSent(PayoutStatus.PROCESSING, batchIdOf(original.get()), null);
            }
            return new PayoutSent(PayoutStatus.FAILED, null, "PayPal refused the payout: " + e.reason());
        }
    }

    @Override
    public Optional<PayoutSent> lookup(Payout payout, PayoutAccount account) {
        String batchId = payout.providerRef();
        if (batchId == null) {
            return Optional.empty();
        }
        PayoutBatch batch;
        try {
            batch = connection.call("look up payout batch " + batchId,
                    bearer -> connection.payouts().get(bearer, batchId));
        } catch (PaypalApiException e) {
            throw new ProviderUnavailableException("PayPal refused to show payout batch " + batchId + ": "
                    + e.reason(), e);
        }
        Optional<PayoutItem> item = batch.firstItem();
        if (item.isEmpty()) {
            boolean denied = batch.batchHeader() != null && "DENIED".equals(batch.batchHeader().batchStatus());
            return denied ? Optional.of(new PayoutSent(PayoutStatus.FAILED, batchId, "PayPal denied the payout batch"))
                    : Optional.empty();
        }
        return itemOutcome(item.get().transactionStatus())
                .map(status -> new PayoutSent(status, batchId, status == PayoutStatus.FAILED ? failure(item.get()) : null));
    }

    /**
     * What an item's transaction status means: SUCCESS → PAID; FAILED, RETURNED, BLOCKED, REFUNDED, REVERSED,
     * DENIED, CANCELED → FAILED (the money is back with SkillFast); PENDING, UNCLAIMED, ONHOLD, NEW → not yet.
     */
    static Optional<PayoutStatus> itemOutcome(String transactionStatus) {
        return switch (String.valueOf(transactionStatus)) {
            case "SUCCESS" -> Optional.of(PayoutStatus.PAID);
            case "FAILED", "RETURNED", "BLOCKED", "REFUNDED", "REVERSED", "DENIED", "CANCELED" ->
                    Optional.of(PayoutStatus.FAILED);
            default -> Optional.empty();
        };
    }

    private static String failure(PayoutItem item) {
        String why = item.errors() == null || item.errors().message() == null ? ""
                : ": " + item.errors().message();
        return "PayPal payout item " + item.transactionStatus() + why;
    }

    private static String batchIdOf(String href) {
        String tail = href.substring(href.indexOf(BATCH_PATH) + BATCH_PATH.length());
        int end = tail.indexOf('?');
        return end < 0 ? tail : tail.substring(0, end);
    }
}
