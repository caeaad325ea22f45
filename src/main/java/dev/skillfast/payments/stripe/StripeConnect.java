package dev.skillfast.payments.stripe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;

import dev.skillfast.payments.domain.ConnectOnboarding;

/**
 * Experts' Stripe Connect Express accounts: created once per expert (idempotency key
 * {@code connect:<expertId>}, metadata {@code expert_id}, the transfers capability requested), onboarded on
 * Stripe's hosted pages through Account Links, and read back for whether payouts are enabled.
 */
@ApplicationScoped
public class StripeConnect implements ConnectOnboarding {

    @Inject
    StripeApi api;

    public StripeConnect() {
    }

    StripeConnect(StripeApi api) {
        this.api = api;
    }

    @Override
    public boolean configured() {
        return api.configured();
    }

    @Override
    public String createAccount(String expertId, String email) {
        AccountCreateParams params = AccountCreateParams.builder()
                .setType(AccountCreateParams.Type.EXPRESS)
                .setEmail(email)
                .putMetadata("expert_id", expertId)
                .setCapabilities(AccountCreateParams.Capabilities.builder()
                        .setTransfers(AccountCreateParams.Capabilities.Transfers.builder().setRequested(true).build())
                        .build())
                .build();
        try {
            return api.client().v1().accounts().create(params, StripeApi.idempotent("connect:" + expertId)).getId();
        } catch (StripeException e) {
            throw StripeFailures.unavailable("create the Stripe account", e);
        }
    }

    @Override
    public String onboardingLink(String stripeAccountId, String returnUrl, String refreshUrl) {
        AccountLinkCreateParams params = AccountLinkCreateParams.builder()
                .setAccount(stripeAccountId)
                .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                .setReturnUrl(returnUrl)
                .setRefreshUrl(refreshUrl)
                .build();
        try {
            return api.client().v1().accountLinks().create(params).getUrl();
        } catch (StripeException e) {
            throw StripeFailures.unavailable("start Stripe onboarding", e);
        }
    }

    @Override
    public PayoutAccountState state(String stripeAccountId) {
        try {
            Account account = api.client().v1().accounts().retrieve(stripeAccountId);
            return new PayoutAccountState(Boolean.TRUE.equals(account.getPayoutsEnabled()),
                    Boolean.TRUE.equals(account.getDetailsSubmitted()));
        } catch (StripeException e) {
            throw StripeFailures.unavailable("look up Stripe account " + stripeAccountId, e);
        }
    }
}
