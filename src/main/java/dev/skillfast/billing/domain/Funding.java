package dev.skillfast.billing.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.ExpertProfile;
import dev.skillfast.platform.errors.PaymentRequiredException;
import dev.skillfast.sessions.domain.FundedBy;
import dev.skillfast.sessions.domain.SessionFunding;
import dev.skillfast.sessions.domain.Tariff;

/** Billing's answers to the session lifecycle: the tariff, and the minimum balance to start. */
@ApplicationScoped
public class Funding implements SessionFunding {

    @Inject
    BillingSettings settings;

    @Inject
    Wallets wallets;

    @Override
    public Tariff tariff(ExpertProfile expert, Channel channel) {
        Long rate = expert.rates().get(channel);
        if (rate == null) {
            throw new IllegalArgumentException(expert.id() + " does not offer " + channel);
        }
        return new Tariff(rate, expert.currency(), expert.freeMinutes(), settings.commissionBasisPoints(),
                settings.unitSeconds());
    }

    @Override
    public void requireFundsToStart(String clientId, FundedBy payer, Tariff tariff) {
        long required = requiredToStart(tariff, settings.minUnitsToStart());
        String account = payer.isCostCentre() ? AccountIds.costCentre(payer.code(), tariff.currency())
                : AccountIds.wallet(clientId, tariff.currency());
        long balance = wallets.accountBalance(account);
        if (balance < required) {
            long missing = required - balance;
            String whose = payer.isCostCentre() ? "The budget left to cost centre " + payer.code() + " this month"
                    : "Your balance";
            throw new PaymentRequiredException(whose + " does not cover the first " + settings.minUnitsToStart()
                    + " minutes of this session: " + Money.format(missing, tariff.currency()) + " more is needed.",
                    missing, tariff.currency());
        }
    }

    /** What the first {@code units} units cost: the paid ones among them, free ones excluded. */
    public static long requiredToStart(Tariff tariff, int units) {
        return tariff.costOf(units);
    }
}
