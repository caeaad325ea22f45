package dev.skillfast.payments.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.payments.store.PaymentEventStore;

/** The provider events recorded for a top-up, for administrators looking into it. */
@ApplicationScoped
public class PaymentHistory {

    @Inject
    PaymentEventStore events;

    public List<RecordedEvent> eventsOf(String topupId) {
        return events.ofTopup(topupId);
    }
}
