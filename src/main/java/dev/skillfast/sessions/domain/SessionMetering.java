package dev.skillfast.sessions.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the session lifecycle tells billing, and asks of it, as it happens (implemented there, so sessions
 * do not depend on the ledger). Each call is made explicitly by the lifecycle at its place in the
 * sequence, after the participants were told of the change; a call that fails is logged and the billing
 * sweep picks the work up (see {@link #prepareStart}).
 */
public interface SessionMetering {

    /**
     * Before an accept is written: billing marks the session due at {@code at}, so that an accept whose
     * follow-up call never happens (a crash in between) is still billed by the sweep. Harmless when the
     * accept then fails: the sweep drops a session that did not become ACTIVE.
     */
    void prepareStart(String sessionId, Instant at);

    /** A session became ACTIVE: charge what is due now (the first unit). */
    void started(Session session);

    /** A session ENDED: charge what started before the end and settle it. */
    void ended(Session session);

    /** Participants of these ACTIVE sessions connected again: billing looks at them at once. */
    void resumed(Collection<String> sessionIds);

    /**
     * At start-up, with nobody connected: for each of these ACTIVE sessions, the last moment billing saw
     * both participants connected (null where it never did), from which they count as away.
     */
    Map<String, Instant> lastSeenTogether(List<Session> active);

    /** At start-up, once the away marks are written: billing looks at these ACTIVE sessions at once. */
    void restarted(Collection<String> sessionIds);

    /** What billing knows of these sessions, by id ({@link SessionCharges#NONE} where nothing). */
    Map<String, SessionCharges> charges(Collection<Session> sessions);
}
