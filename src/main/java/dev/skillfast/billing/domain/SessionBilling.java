package dev.skillfast.billing.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.billing.store.SessionBillingStore;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionPresence;
import dev.skillfast.sessions.domain.SessionService;

/**
 * One billing sweep: reads the sessions whose billing look has come ({@code billingDue}: every write of
 * billing's progress sets the next one, a participant coming back sets it to now), decides what to do
 * with each ({@link SweepPlan}) and does it ({@link SweepRunner}).
 *
 * <p>While a participant is away (no connection), units keep being charged only if they start within
 * the disconnect grace: the session ends when the grace runs out. After a crash the away time is the
 * last moment billing saw both connected ({@code seenAt}), so the down time is billed up to that moment
 * plus the grace, and not beyond.
 */
@ApplicationScoped
public class SessionBilling {

    @Inject
    SessionBillingStore store;

    @Inject
    SessionService sessions;

    @Inject
    SessionPresence presence;

    @Inject
    SweepRunner runner;

    @Inject
    Clock clock;

    /**
     * What one sweep did: sessions read (those due to be looked at), units charged, sessions whose "both
     * seen" time it refreshed; how long the read of the sessions took and the whole sweep.
     */
    public record SweepReport(int sessions, int charges, int seen, long readMillis, long millis, Instant at) {
    }

    /** Charges every session's due units, settles missed ends; answers what it did. */
    public SweepReport sweep() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        List<BilledSession> due = due(now);
        long read = System.nanoTime();
        Duration grace = presence.disconnectGrace();
        SweepPlan plan = SweepPlan.of(due, now, grace);
        int charged = runner.run(plan, now, grace);
        return new SweepReport(due.size(), charged, plan.seen().size(), Duration.ofNanos(read - started).toMillis(),
                Duration.ofNanos(System.nanoTime() - started).toMillis(), now);
    }

    /** Billing's state of the due sessions, joined with the lifecycle's view of them. */
    private List<BilledSession> due(Instant now) {
        Map<String, BillingState> states = new HashMap<>();
        store.due(now).forEach(s -> states.put(s.sessionId(), s));
        List<BilledSession> due = new ArrayList<>(states.size());
        for (Session session : sessions.findAll(states.keySet())) {
            due.add(new BilledSession(session, states.get(session.id())));
        }
        return due;
    }
}
