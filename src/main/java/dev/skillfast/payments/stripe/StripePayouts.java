package dev.skillfast.payments.stripe;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.stripe.exception.StripeException;
import com.stripe.model.Transfer;
import com.stripe.param.TransferCreateParams;

import dev.skillfast.payments.domain.Payout;
import dev.skillfast.payments.domain.PayoutAccount;
import dev.skillfast.payments.domain.PayoutGateway;
import dev.skillfast.payments.domain.PayoutMethod;
import dev.skillfast.payments.domain.PayoutStatus;

/**
 * STRIPE payouts: a Transfer from the platform's balance to the expert's connected account (idempotency key
 * {@code payout:<payoutId>}, metadata {@code payout_id}). A transfer is final when Stripe accepts it; a
 * reversal later (webhook {@code transfer.reversed}, or a lookup) fails the payout.
 */
@ApplicationScoped
public class StripePayouts implements PayoutGateway {

    static final String NOT_ONBOARDED = "The expert's Stripe account cannot receive payouts yet: "
            + "they must finish Stripe onboarding first.";
    static final String REVERSED = "The transfer to the expert's Stripe account was reversed.";

    @Inject
    StripeApi api;

    public StripePayouts() {
    }

    StripePayouts(StripeApi api) {
        this.api = api;
    }

    @Override
    public PayoutMethod method() {
        return PayoutMethod.STRIPE;
    }

    @Override
    public boolean configured() {
        return api.configured();
    }

    @Override
    public PayoutSent send(Payout payout, PayoutAccount account) {
        if (account == null || account.stripeAccountId() == null || !account.payoutsEnabled()) {
            return new PayoutSent(PayoutStatus.FAILED, null, NOT_ONBOARDED);
        }
        TransferCreateParams params = TransferCreateParams.builder()
                .setAmount(payout.amount())
                .setCurrency(payout.currency().toLowerCase(Locale.ROOT))
                .setDestination(account.stripeAccountId())
                .putMetadata("payout_id", payout.id())
                .setDescription("SkillFast payout " + payout.id())
                .build();
        try {
            Transfer transfer = api.client().v1().transfers().create(params,
                    StripeApi.idempotent("payout:" + payout.id()));
            return sent(transfer);
        } catch (StripeException e) {
            if (StripeFailures.refused(e)) {
                return new PayoutSent(PayoutStatus.FAILED, null, "Stripe refused the transfer: " + StripeFailures.message(e));
            }
            throw StripeFailures.unavailable("send the transfer", e);
        }
    }

    @Override
    public Optional<PayoutSent> lookup(Payout payout, PayoutAccount account) {
        if (payout.providerRef() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(sent(api.client().v1().transfers().retrieve(payout.providerRef())));
        } catch (StripeException e) {
            throw StripeFailures.unavailable("look up transfer " + payout.providerRef(), e);
        }
    }

    private static PayoutSent sent(Transfer transfer) {
        return Boolean.TRUE.equals(transfer.getReversed())
                ? new PayoutSent(PayoutStatus.FAILED, transfer.getId(), REVERSED)
                : new PayoutSent(PayoutStatus.PAID, transfer.getId(), null);
    }
}
