package dev.skillfast.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import dev.skillfast.platform.mail.OutboxMail.OutboxState;

/** The mail outbox's size by state, read when scraped (a count on the database each). */
@ApplicationScoped
public class OutboxMeters {

    @Inject
    MeterRegistry meters;

    @Inject
    OutboxStore outbox;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (OutboxState state : new OutboxState[] {OutboxState.PENDING, OutboxState.SENDING, OutboxState.FAILED}) {
            Gauge.builder("skillfast.mail.outbox", outbox, o -> o.count(state))
                    .tag("state", state.name()).description("Mails in the outbox in this state").register(meters);
        }
    }
}
