package dev.skillfast.realtime.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.realtime.domain.Tickets;

/**
 * Handshakes that passed {@link GatewayHandshakeFilter}, waiting for their {@link GatewayEndpoint} to
 * open: the filter and the endpoint see the same request on the same server, but the WebSocket API gives
 * the endpoint no way to read what the filter learnt, so the filter leaves the identity here under the
 * (already used up, so unguessable and single-use) ticket and the endpoint takes it by the same ticket.
 * An admission not taken within {@link #HOLD} (the upgrade failed) is dropped.
 */
@ApplicationScoped
public class Admissions {

    static final Duration HOLD = Duration.ofSeconds(30);

    private record Admission(Tickets.Identity identity, Instant until) {
    }

    private final Map<String, Admission> waiting = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    void admit(String ticket, Tickets.Identity identity) {
        Instant now = clock.instant();
        waiting.values().removeIf(admission -> admission.until().isBefore(now));
        waiting.put(ticket, new Admission(identity, now.plus(HOLD)));
    }

    /** How many handshakes wait for their endpoint. */
    int waiting() {
        return waiting.size();
    }

    /** The identity admitted with this ticket, once. */
    Optional<Tickets.Identity> take(String ticket) {
        if (ticket == null) {
            return Optional.empty();
        }
        Admission admission = waiting.remove(ticket);
        return admission == null || admission.until().isBefore(clock.instant())
                ? Optional.empty() : Optional.of(admission.identity());
    }
}
