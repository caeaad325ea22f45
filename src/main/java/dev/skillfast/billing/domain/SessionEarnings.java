package dev.skillfast.billing.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.billing.store.SessionBillingStore;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionService;
import dev.skillfast.sessions.domain.Settlement;

/** What sessions came to, for their receipts and experts' earnings pages. */
@ApplicationScoped
public class SessionEarnings {

    private static final int REPLAY_BATCH = 500;

    @Inject
    SessionBillingStore store;

    @Inject
    SessionService sessions;

    /** A settled session with its settlement. */
    public record Settled(Session session, Settlement settlement) {
    }

    /** An expert's settled sessions in one currency, latest end first. */
    public List<Settled> settledOfExpert(String expertId, String currency, int page, int size) {
        return settledOf(store.settledOfExpert(expertId, currency, page, size));
    }

    private List<Settled> settledOf(List<BillingState> states) {
        Map<String, Session> byId = new HashMap<>();
        sessions.findAll(states.stream().map(BillingState::sessionId).toList()).forEach(s -> byId.put(s.id(), s));
        List<Settled> settled = new ArrayList<>(states.size());
        for (BillingState state : states) {
            Session session = byId.get(state.sessionId());
            if (session != null) {
                settled.add(new Settled(session, state.settlement()));
            }
        }
        return settled;
    }

    /** Every settled session with its settlement, in batches, in no particular order (the dashboards' replay). */
    public void eachSettled(java.util.function.Consumer<Settled> each) {
        List<BillingState> batch = new ArrayList<>();
        store.eachSettled(state -> {
            batch.add(state);
            if (batch.size() == REPLAY_BATCH) {
                settledOf(batch).forEach(each);
                batch.clear();
            }
        });
        settledOf(batch).forEach(each);
    }

    public long countSettledOfExpert(String expertId, String currency) {
        return store.countSettledOfExpert(expertId, currency);
    }

    /** Billing's state of one session (nothing billed when billing never started on it). */
    public BillingState of(String sessionId) {
        Optional<BillingState> state = store.find(sessionId);
        return state.orElse(BillingState.none(sessionId));
    }
}
