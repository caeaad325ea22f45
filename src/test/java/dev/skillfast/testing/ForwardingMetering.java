package dev.skillfast.testing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionCharges;
import dev.skillfast.sessions.domain.SessionMetering;

/**
 * Forwards every call to the metering {@code target} supplies at the time of the call, so a test can swap
 * billing in or out, or override one call (a crash that cut a follow-up off).
 */
public class ForwardingMetering implements SessionMetering {

    private final Supplier<SessionMetering> target;

    public ForwardingMetering(Supplier<SessionMetering> target) {
        this.target = target;
    }

    @Override
    public void prepareStart(String sessionId, Instant at) {
        target.get().prepareStart(sessionId, at);
    }

    @Override
    public void started(Session session) {
        target.get().started(session);
    }

    @Override
    public void ended(Session session) {
        target.get().ended(session);
    }

    @Override
    public void resumed(Collection<String> sessionIds) {
        target.get().resumed(sessionIds);
    }

    @Override
    public Map<String, Instant> lastSeenTogether(List<Session> active) {
        return target.get().lastSeenTogether(active);
    }

    @Override
    public void restarted(Collection<String> sessionIds) {
        target.get().restarted(sessionIds);
    }

    @Override
    public Map<String, SessionCharges> charges(Collection<Session> sessions) {
        return target.get().charges(sessions);
    }
}
