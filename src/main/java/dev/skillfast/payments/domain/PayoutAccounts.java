package dev.skillfast.payments.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.accounts.domain.AccountService;
import dev.skillfast.billing.domain.Wallets;
import dev.skillfast.payments.store.PayoutAccountStore;
import dev.skillfast.payments.store.PayoutStore;
import dev.skillfast.platform.errors.ConflictException;
import dev.skillfast.platform.errors.UnavailableException;

/**
 * Where an expert is paid: the methods offered (allowed by {@code skillfast.payouts.methods} and, for
 * STRIPE and PAYPAL, configured), their Stripe Connect onboarding and their PayPal e-mail.
 */
@ApplicationScoped
public class PayoutAccounts {

    private static final Logger LOG = Logger.getLogger(PayoutAccounts.class.getName());

    @Inject
    PayoutAccountStore accounts;

    @Inject
    PayoutStore payouts;

    @Inject
    Gateways gateways;

    @Inject
    PayoutSettings settings;

    @Inject
    Wallets wallets;

    @Inject
    AccountService users;

    @Inject
    Clock clock;

    /** The methods offered here, in the order MANUAL, STRIPE, PAYPAL as allowed. */
    public List<PayoutMethod> offered() {
        return settings.methods().stream().filter(m -> switch (m) {
            case MANUAL -> true;
            case STRIPE -> gateways.connect().isPresent() && gateways.payouts(PayoutMethod.STRIPE).isPresent();
            case PAYPAL -> gateways.payouts(PayoutMethod.PAYPAL).isPresent();
        }).toList();
    }

    public PayoutAccountView view(String expertId) {
        PayoutAccount account = refreshed(accounts.find(expertId));
        List<PayoutMethod> offered = offered();
        PayoutAccountView.StripeState stripe = offered.contains(PayoutMethod.STRIPE)
                ? new PayoutAccountView.StripeState(account.stripeAccountId(), onboarding(account), account.payoutsEnabled())
                : null;
        return new PayoutAccountView(offered, preferred(account, offered), stripe, account.paypalEmail(),
                settings.minimum(), available(expertId), pending(expertId));
    }

    /** While onboarding is under way, asks Stripe (the webhook may not have come yet). */
    private PayoutAccount refreshed(PayoutAccount account) {
        if (account.stripeAccountId() == null || account.payoutsEnabled() || gateways.connect().isEmpty()) {
            return account;
        }
        try {
            ConnectOnboarding.PayoutAccountState state = gateways.connect().get().state(account.stripeAccountId());
            return accounts.setStripeState(account.expertId(), state.payoutsEnabled(), state.detailsSubmitted(), clock.instant());
        } catch (ProviderUnavailableException e) {
            LOG.fine(() -> "Stripe account state not refreshed: " + e.getMessage());
            return account;
        }
    }

    static String onboarding(PayoutAccount a) {
        return a.stripeAccountId() == null ? "NOT_STARTED" : a.payoutsEnabled() ? "COMPLETE" : "IN_PROGRESS";
    }

    /** Whether a method can be used by this expert now. */
    static boolean usable(PayoutMethod method, PayoutAccount a) {
        return switch (method) {
            case MANUAL -> true;
            case STRIPE -> a.payoutsEnabled();
            case PAYPAL -> a.paypalEmail() != null;
        };
    }

    static PayoutMethod preferred(PayoutAccount a, List<PayoutMethod> offered) {
        for (PayoutMethod m : List.of(PayoutMethod.STRIPE, PayoutMethod.PAYPAL, PayoutMethod.MANUAL)) {
            if (offered.contains(m) && usable(m, a)) {
                return m;
            }
        }
        return null;
    }

    public PayoutAccount account(String expertId) {
        return accounts.find(expertId);
    }

    public PayoutAccountView setPaypalEmail(String expertId, String email) {
        accounts.setPaypalEmail(expertId, email, clock.instant());
        return view(expertId);
    }

    /** A one-time link to Stripe's onboarding, creating the expert's connected account the first time. */
    public String onboardingLink(String expertId, String appUrl) {
        ConnectOnboarding connect = gateways.connect().filter(c -> offered().contains(PayoutMethod.STRIPE))
                .orElseThrow(() -> new ConflictException("Stripe payouts are not offered here."));
        try {
            PayoutAccount account = accounts.find(expertId);
            String stripeId = account.stripeAccountId();
            if (stripeId == null) {
                stripeId = connect.createAccount(expertId, users.get(expertId).email());
                accounts.setStripeAccount(expertId, stripeId, clock.instant());
            }
            return connect.onboardingLink(stripeId, appUrl + "/payouts?onboarding=return", appUrl + "/payouts?onboarding=refresh");
        } catch (ProviderUnavailableException e) {
            throw new UnavailableException("Stripe cannot be reached just now; try again in a moment.");
        }
    }

    /** Earnings per currency: each is what can be requested (requests are held off it at once). */
    List<PayoutAccountView.Amount> available(String expertId) {
        List<PayoutAccountView.Amount> all = new ArrayList<>();
        for (String currency : wallets.earningCurrencies(expertId)) {
            all.add(new PayoutAccountView.Amount(currency, wallets.earnings(expertId, currency).balance()));
        }
        return all;
    }

    List<PayoutAccountView.Amount> pending(String expertId) {
        Map<String, Long> sums = new TreeMap<>();
        payouts.open(expertId).forEach(p -> sums.merge(p.currency(), p.amount(), Long::sum));
        return sums.entrySet().stream().map(e -> new PayoutAccountView.Amount(e.getKey(), e.getValue())).toList();
    }
}
