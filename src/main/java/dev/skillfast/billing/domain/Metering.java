package dev.skillfast.billing.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.billing.store.SessionBillingStore;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionCharges;
import dev.skillfast.sessions.domain.SessionMetering;

/** Billing's side of the session lifecycle (see {@link SessionMetering}). */
@ApplicationScoped
public class Metering implements SessionMetering {

    @Inject
    SessionBillingStore store;

    @Inject
    UnitCharges charges;

    @Inject
    Settlements settlements;

    @Inject
    Clock clock;

    @Override
    public void prepareStart(String sessionId, Instant at) {
        store.prepareStart(sessionId, at);
    }

    @Override
    public void started(Session session) {
        charges.chargeDue(billed(session));
    }

    @Override
    public void ended(Session session) {
        settlements.settle(billed(session));
    }

    @Override
    public void resumed(Collection<String> sessionIds) {
        store.lookBy(sessionIds, clock.instant());
    }

    @Override
    public Map<String, Instant> lastSeenTogether(List<Session> active) {
        Map<String, Instant> seen = new HashMap<>();
        store.findAll(active.stream().map(Session::id).toList()).forEach((id, state) -> {
            if (state.seenAt() != null) {
                seen.put(id, state.seenAt());
            }
        });
        return seen;
    }

    @Override
    public void restarted(Collection<String> sessionIds) {
        resumed(sessionIds); // looked at at once, as when someone comes back
    }

    @Override
    public Map<String, SessionCharges> charges(Collection<Session> sessions) {
        Map<String, SessionCharges> charged = new HashMap<>();
        store.findAll(sessions.stream().map(Session::id).toList()).forEach((id, state) -> charged.put(id, state.charges()));
        return charged;
    }

    private BilledSession billed(Session session) {
        return new BilledSession(session, store.find(session.id()).orElse(BillingState.none(session.id())));
    }
}
