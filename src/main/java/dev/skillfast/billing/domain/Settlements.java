package dev.skillfast.billing.domain;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import dev.skillfast.billing.store.SessionBillingStore;
import dev.skillfast.sessions.domain.Settlement;

/**
 * Settling an ended session: the units that started before the end are charged, then what the session
 * came to is stored on it and billing is done with it (its due key goes). Recomputed identically by a
 * repeat, so an end settled twice (the end's follow-up and a sweep) comes to the same.
 */
@ApplicationScoped
public class Settlements {

    @Inject
    SessionBillingStore store;

    @Inject
    UnitCharges charges;

    @Inject
    Clock clock;

    @Inject
    Event<SessionSettled> settled;

    /** Charges what started before the end, then stores the session's settlement. */
    public void settle(BilledSession ended) {
        if (!ended.billable() || ended.session().endedAt() == null) {
            store.unschedule(List.of(ended.id())); // never ran: nothing to settle
            return;
        }
        charges.chargeDue(ended);
        BillingState now = store.find(ended.id()).orElse(ended.billing());
        Settlement settlement = Settlement.of(ended.tariff(), ended.startedAt(), ended.session().endedAt(),
                now.unitsBilled(), clock.instant());
        store.settle(ended.id(), settlement);
        settled.fire(new SessionSettled(ended.session(), settlement));
    }
}
