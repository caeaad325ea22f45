package dev.skillfast.payments.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.billing.domain.Money;
import dev.skillfast.billing.domain.Wallets;
import dev.skillfast.payments.domain.EventSubject.RefundFailed;
import dev.skillfast.payments.domain.EventSubject.TopupRefunded;
import dev.skillfast.payments.store.RefundStore;
import dev.skillfast.payments.store.TopupStore;
import dev.skillfast.platform.errors.ConflictException;
import dev.skillfast.platform.errors.InvalidInputException;
import dev.skillfast.platform.errors.NotFoundException;

/**
 * An administrator's refund of a top-up: at most what is still unspent in that wallet and refundable on
 * that top-up (else 409). The amount is held at once ({@link RefundSteps}), then refunded at the provider
 * with the refund's id as idempotency key; the provider's answer, webhook or a later lookup completes it
 * through the event path ({@link RefundOutcomes}). Reconciliation drives refunds a crash or an unreachable
 * provider left half way ({@link #drive}).
 */
@ApplicationScoped
public class Refunds {

    private static final Logger LOG = Logger.getLogger(Refunds.class.getName());

    @Inject
    TopupStore topups;

    @Inject
    RefundStore refunds;

    @Inject
    RefundSteps steps;

    @Inject
    Gateways gateways;

    @Inject
    PaymentEvents events;

    @Inject
    Wallets wallets;

    @Inject
    PaymentSettings settings;

    @Inject
    Clock clock;

    public Refund request(String adminId, String topupId, long amount, String reason, String idempotencyKey) {
        Topup t = topups.find(topupId).orElseThrow(() -> new NotFoundException("No top-up " + topupId + "."));
        if (t.status() != TopupStatus.SUCCEEDED && t.status() != TopupStatus.PARTIALLY_REFUNDED) {
            throw new ConflictException("Only a paid top-up can be refunded; this one is " + t.status() + ".");
        }
        if (amount < 1 || amount > t.amount()) {
            throw new InvalidInputException("amount", "must be between 1 and the top-up's " + t.amount() + " (minor units)");
        }
        String id = idempotencyKey == null ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes((adminId + ':' + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
        Refund stored = refunds.find(id).orElse(null);
        if (stored == null) {
            refuseBeyondUnspent(t, amount);
            Instant now = clock.instant();
            stored = steps.start(new Refund(id, t.id(), t.userId(), amount, t.currency(), reason, RefundStatus.HELD, null,
                    null, adminId, now, now));
        }
        if (!stored.topupId().equals(topupId) || stored.amount() != amount) {
            throw new ConflictException("This Idempotency-Key was already used for a different refund.");
        }
        Refund driven = drive(stored, true);
        if (driven.status() == RefundStatus.FAILED && !refunds.holdConfirmed(driven.id())) {
            // a retry of a request whose hold was refused: the same 409 as the first answer
            throw new ConflictException(driven.failureReason() + ".");
        }
        return driven;
    }

    /** A clear 409 before anything is written; the hold itself is the guard against a race. */
    private void refuseBeyondUnspent(Topup t, long amount) {
        if (amount > t.refundable()) {
            throw new ConflictException("At most " + Money.format(t.refundable(), t.currency())
                    + " of this top-up can still be refunded.");
        }
        long balance = wallets.balance(t.userId(), t.currency());
        if (amount > balance) {
            throw new ConflictException("The client's wallet holds only " + Money.format(balance, t.currency())
                    + " of this money unspent: at most that can be refunded.");
        }
    }

    /**
     * Takes a refund one step further: hold it, ask the provider, look it up, or finish what a crash left.
     * With {@code answering}, a refused hold is the caller's 409.
     */
    Refund drive(Refund r, boolean answering) {
        Topup t = topups.find(r.topupId()).orElseThrow();
        if (r.status() == RefundStatus.HELD) {
            RefundSteps.Hold hold = steps.hold(r);
            if (answering && (hold == RefundSteps.Hold.BEYOND_TOPUP || hold == RefundSteps.Hold.BEYOND_WALLET)) {
                throw new ConflictException(hold == RefundSteps.Hold.BEYOND_TOPUP
                        ? "More than this top-up's refundable amount." : "The client's wallet no longer holds this amount.");
            }
            if (hold == RefundSteps.Hold.HELD) {
                ask(t, r);
            }
        } else if (r.status() == RefundStatus.PENDING) {
            gateways.find(t.provider()).ifPresent(g -> g.lookupRefund(t, r).forEach(events::accept));
        } else if (!refunds.settled(r.id())) {
            events.accept(answer(t.provider(), r, r.status() == RefundStatus.SUCCEEDED
                    ? new TopupRefunded(t.id(), t.paymentRef(), r.id(), r.providerRef(), r.amount(), r.currency())
                    : new RefundFailed(r.id(), r.providerRef(), r.failureReason())));
        }
        return refunds.find(r.id()).orElseThrow();
    }

    private void ask(Topup t, Refund r) {
        PaymentGateway gateway = gateways.find(t.provider()).orElse(null);
        if (gateway == null) {
            LOG.warning(() -> "Refund " + r.id() + " waits: " + t.provider() + " is not configured any more");
            return;
        }
        try {
            PaymentGateway.RefundStarted started = gateway.refund(t, r);
            switch (started.status()) {
                case SUCCEEDED -> events.accept(answer(t.provider(), r, new TopupRefunded(t.id(), t.paymentRef(), r.id(),
                        started.providerRef(), r.amount(), r.currency())));
                case FAILED -> events.accept(answer(t.provider(), r, new RefundFailed(r.id(), started.providerRef(),
                        started.failureReason())));
                default -> refunds.pending(r.id(), t.provider(), started.providerRef(), clock.instant());
            }
        } catch (ProviderUnavailableException e) {
            LOG.info(() -> "Refund " + r.id() + " held; " + t.provider() + " is unavailable, retried later: " + e.getMessage());
        }
    }

    /** A provider's direct answer goes through the event path too, under a key of its own. */
    private ProviderEvent answer(Provider provider, Refund r, EventSubject subject) {
        String state = subject instanceof TopupRefunded ? "SUCCEEDED" : "FAILED";
        return new ProviderEvent(provider, "refund-answer:" + r.id() + ":" + state, "refund.answer", clock.instant(), subject);
    }

    /** Reconciliation: every refund not yet settled whose look came, one step each. */
    public int reconcile(int limit) {
        List<Refund> due = refunds.due(clock.instant(), limit);
        for (Refund r : due) {
            refunds.lookAgain(r.id(), clock.instant().plus(settings.reconcileAfter()));
            drive(r, false);
        }
        return due.size();
    }

    public List<Refund> ofTopup(String topupId) {
        return refunds.ofTopup(topupId);
    }
}
