package dev.skillfast.payments.domain;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.payments.domain.EventSubject.PayoutAccountUpdated;
import dev.skillfast.payments.domain.EventSubject.PayoutFailed;
import dev.skillfast.payments.domain.EventSubject.PayoutPaid;
import dev.skillfast.payments.domain.EventSubject.RefundFailed;
import dev.skillfast.payments.domain.EventSubject.TopupExpired;
import dev.skillfast.payments.domain.EventSubject.TopupFailed;
import dev.skillfast.payments.domain.EventSubject.TopupPaid;
import dev.skillfast.payments.domain.EventSubject.TopupRefunded;
import dev.skillfast.payments.store.PaymentEventStore;

/**
 * The one path every provider report takes (webhooks, capture answers, reconciliation lookups, the demo
 * page): the event is recorded once under {@code provider:eventId}, then its subject is applied
 * idempotently, then it is marked applied. A repeat of an applied event does nothing; a repeat of one whose
 * application was cut short (a crash, a concurrent delivery) applies it again, which changes nothing that
 * was done. Answers once the record and its effects are durable, so a webhook may then answer 2xx.
 */
@ApplicationScoped
public class PaymentEvents {

    @Inject
    PaymentEventStore events;

    @Inject
    TopupOutcomes topups;

    @Inject
    RefundOutcomes refunds;

    @Inject
    PayoutOutcomes payouts;

    @Inject
    Clock clock;

    /** What became of an event: {@code duplicate} when it had been recorded before. */
    public record Accepted(boolean duplicate, String outcome) {
    }

    /** What applying a subject did, and the top-up it concerned (null when none). */
    public record Applied(String topupId, String outcome) {
    }

    /** Records and applies one event (see the class comment). */
    public Accepted accept(ProviderEvent event) {
        RecordedEvent record = new RecordedEvent(event.provider(), event.eventId(), event.type(),
                TopupOutcomes.topupIdOf(event.subject()), describe(event.subject()), false, null, clock.instant());
        Optional<RecordedEvent> earlier = events.insertOrGetExisting(record);
        if (earlier.isPresent() && earlier.get().applied()) {
            return new Accepted(true, earlier.get().outcome());
        }
        Applied applied = apply(event.provider(), event.subject());
        events.applied(record.key(), applied.topupId() != null ? applied.topupId() : record.topupId(), applied.outcome(),
                clock.instant());
        events.makeDurable();
        return new Accepted(earlier.isPresent(), applied.outcome());
    }

    private Applied apply(Provider provider, EventSubject subject) {
        // Java 17: no pattern matching in switch yet
        if (subject instanceof TopupPaid paid) {
            return topups.paid(provider, paid);
        } else if (subject instanceof TopupFailed failed) {
            return topups.failed(provider, failed);
        } else if (subject instanceof TopupExpired expired) {
            return topups.expired(expired);
        } else if (subject instanceof TopupRefunded refunded) {
            return refunds.refunded(provider, refunded);
        } else if (subject instanceof RefundFailed failed) {
            return refunds.failed(provider, failed);
        } else if (subject instanceof PayoutPaid paid) {
            return payouts.paid(paid);
        } else if (subject instanceof PayoutFailed failed) {
            return payouts.failed(failed);
        } else if (subject instanceof PayoutAccountUpdated updated) {
            return payouts.accountUpdated(updated);
        }
        return new Applied(null, "ignored");
    }

    /**
     * Makes what was written so far survive a crash, before telling someone outside who relies on it (a
     * webhook's 2xx, a top-up's page sent to the client: a payment for a top-up lost afterwards would have
     * nothing to credit).
     */
    public void makeDurable() {
        events.makeDurable();
    }

    /** A short line for the administrator's view of a top-up's events. */
    static String describe(EventSubject subject) {
        if (subject instanceof TopupPaid p) {
            return "paid " + p.amount() + " " + p.currency();
        } else if (subject instanceof TopupFailed f) {
            return "failed" + (f.reason() == null ? "" : ": " + f.reason());
        } else if (subject instanceof TopupExpired) {
            return "expired";
        } else if (subject instanceof TopupRefunded r) {
            return "refunded " + r.amount() + " " + r.currency();
        } else if (subject instanceof RefundFailed f) {
            return "refund failed" + (f.reason() == null ? "" : ": " + f.reason());
        } else if (subject instanceof PayoutPaid) {
            return "payout paid";
        } else if (subject instanceof PayoutFailed f) {
            return "payout failed" + (f.reason() == null ? "" : ": " + f.reason());
        } else if (subject instanceof PayoutAccountUpdated a) {
            return "account updated, payouts " + (a.payoutsEnabled() ? "enabled" : "disabled");
        }
        return "not acted on";
    }
}
