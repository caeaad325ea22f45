package dev.skillfast.payments.domain;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one path every provider report takes (webhooks, capture answers, reconciliation lookups, the demo
 * page): the event is recorded once under {@code provider:eventId}, then its subject is applied
 * idempotently. Answers once the record and its effects are durable, so a webhook may then answer 2xx.
 */
@ApplicationScoped
public class PaymentEvents {

    /** What became of an event: {@code duplicate} when it had been recorded and applied before. */
    public record Accepted(boolean duplicate, String outcome) {
    }

    /** Records and applies one event (see the class comment). */
    public Accepted accept(ProviderEvent event) {
        throw new UnsupportedOperationException("being written");
    }
}
