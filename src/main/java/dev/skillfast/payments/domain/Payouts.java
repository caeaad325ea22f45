package dev.skillfast.payments.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.billing.domain.EntryStatus;
import dev.skillfast.billing.domain.Money;
import dev.skillfast.billing.domain.Wallets;
import dev.skillfast.payments.store.PayoutStore;
import dev.skillfast.platform.errors.ConflictException;
import dev.skillfast.platform.errors.InvalidInputException;
import dev.skillfast.platform.errors.NotFoundException;

/**
 * Expert payouts: a request is held off the earnings at once (refused beyond them: 409), an administrator
 * approves or rejects it, and an approved one is paid by the organisation (MANUAL, with a reference) or
 * sent through a provider (idempotent on the payout's id). {@link PayoutOutcomes} journals the end;
 * reconciliation ({@link #reconcile}) finishes what a crash or an unreachable provider left.
 */
@ApplicationScoped
public class Payouts {

    private static final Logger LOG = Logger.getLogger(Payouts.class.getName());

    @Inject
    PayoutStore payouts;

    @Inject
    PayoutAccounts accounts;

    @Inject
    PayoutOutcomes outcomes;

    @Inject
    MoneyMoves moves;

    @Inject
    Gateways gateways;

    @Inject
    Wallets wallets;

    @Inject
    PayoutSettings settings;

    @Inject
    PaymentSettings paymentSettings;

    @Inject
    Clock clock;

    public Payout request(String expertId, long amount, String currency, PayoutMethod method) {
        String cur = currency != null ? currency : wallets.earningCurrencies(expertId).get(0);
        PayoutAccount account = accounts.account(expertId);
        List<PayoutMethod> offered = accounts.offered();
        PayoutMethod chosen = method != null ? method : PayoutAccounts.preferred(account, offered);
        if (chosen == null || !offered.contains(chosen)) {
            throw new ConflictException(chosen == null ? "No payout method is offered here." : chosen + " payouts are not offered here.");
        }
        if (!PayoutAccounts.usable(chosen, account)) {
            throw new ConflictException(chosen == PayoutMethod.STRIPE ? "Finish the Stripe onboarding first."
                    : "Give the PayPal e-mail to be paid at first.");
        }
        if (amount < settings.minimum()) {
            throw new ConflictException("The smallest payout is " + Money.format(settings.minimum(), cur) + ".");
        }
        long available = wallets.earnings(expertId, cur).balance();
        if (amount > available) {
            throw new ConflictException("Only " + Money.format(available, cur) + " of earnings can be paid out.");
        }
        Instant now = clock.instant();
        Payout payout = new Payout(UUID.randomUUID().toString(), expertId, amount, cur, chosen, PayoutStatus.REQUESTED,
                null, null, null, null, now, null, null, now);
        payouts.insert(payout, now.plus(paymentSettings.reconcileAfter()));
        if (!hold(payout)) {
            throw new ConflictException("Only " + Money.format(wallets.earnings(expertId, cur).balance(), cur)
                    + " of earnings can be paid out.");
        }
        return payouts.find(payout.id()).orElseThrow();
    }

    /** Holds the amount off the earnings; a refusal deletes the request. Answers false when refused. */
    private boolean hold(Payout p) {
        EntryStatus status = moves.holdPayout(p);
        if (status == EntryStatus.REFUSED) {
            payouts.delete(p.id());
            return false;
        }
        if (status == EntryStatus.APPLIED) {
            payouts.confirmHold(p.id(), clock.instant());
        }
        return true; // PENDING: reconciliation confirms it
    }

    public List<Payout> page(String expertId, PayoutStatus status, int page, int size) {
        return payouts.page(expertId, status, page, size);
    }

    public long count(String expertId, PayoutStatus status) {
        return payouts.count(expertId, status);
    }

    /** One payout; 404 when there is none. */
    public Payout get(String id) {
        return payouts.find(id).orElseThrow(() -> new NotFoundException("No payout " + id + "."));
    }

    public Payout approve(String adminId, String id, String reference) {
        Payout p = decidable(id);
        if (p.method() == PayoutMethod.MANUAL && (reference == null || reference.isBlank())) {
            throw new InvalidInputException("reference", "is required for a MANUAL payout (payroll run, transfer id…)");
        }
        Payout processing = payouts.decide(id, PayoutStatus.PROCESSING, adminId, reference, null, clock.instant(),
                clock.instant().plus(paymentSettings.reconcileAfter())).orElseThrow(() -> decidedMeanwhile(id));
        carryOut(processing);
        return payouts.find(id).orElseThrow();
    }

    public Payout reject(String adminId, String id, String reason) {
        decidable(id);
        Payout rejected = payouts.decide(id, PayoutStatus.REJECTED, adminId, null, reason, clock.instant(), clock.instant())
                .orElseThrow(() -> decidedMeanwhile(id));
        outcomes.settle(rejected);
        return payouts.find(id).orElseThrow();
    }

    private Payout decidable(String id) {
        Payout p = get(id);
        if (p.status() != PayoutStatus.REQUESTED) {
            throw new ConflictException("This payout is " + p.status() + " already.");
        }
        if (!payouts.holdConfirmed(id)) {
            throw new ConflictException("This payout's amount is still being set aside; try again in a moment.");
        }
        return p;
    }

    private ConflictException decidedMeanwhile(String id) {
        return new ConflictException("Payout " + id + " was decided meanwhile.");
    }

    /** Pays a PROCESSING payout: by hand (MANUAL) or through its provider. */
    private void carryOut(Payout p) {
        if (p.method() == PayoutMethod.MANUAL) {
            outcomes.markPaid(p, null);
            return;
        }
        PayoutGateway gateway = gateways.payouts(p.method()).orElse(null);
        if (gateway == null) {
            LOG.warning(() -> "Payout " + p.id() + " waits: " + p.method() + " payouts are not configured any more");
            return;
        }
        try {
            PayoutGateway.PayoutSent sent = p.providerRef() == null ? gateway.send(p, accounts.account(p.expertId()))
                    : gateway.lookup(p, accounts.account(p.expertId())).orElse(null);
            record(p, sent);
        } catch (ProviderUnavailableException e) {
            LOG.info(() -> "Payout " + p.id() + " is approved; " + p.method() + " is unavailable, retried later: " + e.getMessage());
        }
    }

    private void record(Payout p, PayoutGateway.PayoutSent sent) {
        if (sent == null) {
            return;
        }
        switch (sent.status()) {
            case PAID -> outcomes.markPaid(p, sent.providerRef());
            case FAILED -> outcomes.markFailed(p, sent.failureReason());
            default -> payouts.sent(p.id(), sent.providerRef(), clock.instant());
        }
    }

    /** Reconciliation: holds to confirm, provider payouts to send or look up, decided ones to settle. */
    public int reconcile(int limit) {
        List<Payout> due = payouts.due(clock.instant(), limit);
        for (Payout p : due) {
            payouts.lookAgain(p.id(), clock.instant().plus(paymentSettings.reconcileAfter()));
            if (p.status() == PayoutStatus.REQUESTED) {
                hold(p);
            } else if (p.status() == PayoutStatus.PROCESSING) {
                carryOut(p);
            } else if (!payouts.settled(p.id())) {
                outcomes.settle(p);
            }
        }
        return due.size();
    }
}
