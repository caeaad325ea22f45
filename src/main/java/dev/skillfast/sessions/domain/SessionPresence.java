package dev.skillfast.sessions.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.skillfast.sessions.store.SessionMarkStore;
import dev.skillfast.sessions.store.SessionMarkStore.Participant;
import dev.skillfast.sessions.store.SessionStore;

/**
 * The participants' presence in their sessions, as the realtime gateway reports it: away while they have
 * no live connection, back when they connect again, and how far they have read. An ACTIVE session a
 * participant stays away from for {@code skillfast.sessions.disconnect-grace} ends ({@link #endDisconnected}).
 */
@ApplicationScoped
public class SessionPresence {

    private static final Logger LOG = Logger.getLogger(SessionPresence.class.getName());

    @Inject
    SessionStore sessions;

    @Inject
    SessionMarkStore marks;

    @Inject
    SessionService lifecycle;

    @Inject
    SessionMetering metering;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "skillfast.sessions.disconnect-grace")
    Duration disconnectGrace;

    /** How long a participant may stay away before the session ends (billing stops at the same moment). */
    public Duration disconnectGrace() {
        return disconnectGrace;
    }

    /** The user's last connection closed: their ACTIVE sessions count them away from now. */
    public void markAway(String userId) {
        marks.markAway(participations(userId), clock.instant());
    }

    /** The user connected again: billing looks at their sessions at once (its "both seen" refresh may be due). */
    public void markBack(String userId) {
        List<Participant> back = participations(userId);
        marks.markBack(back);
        if (!back.isEmpty()) {
            metering.resumed(back.stream().map(Participant::sessionId).toList());
        }
    }

    /** Participants of a session just accepted who are not connected: away from now. */
    public void markAway(Session session, boolean client, boolean expert) {
        List<Participant> away = new ArrayList<>(2);
        if (client) {
            away.add(new Participant(session.id(), true));
        }
        if (expert) {
            away.add(new Participant(session.id(), false));
        }
        marks.markAway(away, clock.instant());
    }

    public void markRead(Session session, String userId, long seq) {
        marks.markRead(session.id(), session.isClient(userId), seq);
    }

    /**
     * At start-up nobody is connected: every participant of every ACTIVE session counts as away since
     * the last moment billing saw both connected, not since now, so the time the server was down is billed
     * only up to that moment plus the disconnect grace (the recovery policy). Then billing looks at every
     * ACTIVE session in its first sweep.
     */
    public void markEveryoneAway() {
        List<Session> active = sessions.active();
        Map<String, Instant> seen = metering.lastSeenTogether(active);
        Map<Participant, Instant> since = new HashMap<>();
        Instant now = clock.instant();
        for (Session session : active) {
            Instant from = seen.get(session.id()) != null ? seen.get(session.id()) : session.startedAt();
            from = from == null || from.isAfter(now) ? now : from;
            since.put(new Participant(session.id(), true), from);
            since.put(new Participant(session.id(), false), from);
        }
        marks.markAway(since);
        metering.restarted(active.stream().map(Session::id).toList());
    }

    /** Ends ACTIVE sessions where a participant has been away (no connection) for the grace period. */
    public int endDisconnected() {
        int ended = 0;
        Instant now = clock.instant();
        for (SessionMarkStore.AwayDue due : marks.awayDueBy(now.minus(disconnectGrace))) {
            Session session = due.session();
            Instant away = session.awaySince();
            if (session.state() != SessionState.ACTIVE || away == null || away.plus(disconnectGrace).isAfter(now)) {
                // back since (or the one away now left later): look again when the earliest away mark's grace
                // is over, or one grace from now when nobody is away (a later key would risk missing an away
                // mark made while this ran: the compare-and-set cannot see one that did not lower the key)
                marks.moveAwayDue(due, session.state() != SessionState.ACTIVE ? null : away != null ? away : now);
                continue;
            }
            if (lifecycle.endBySystem(session.id(), EndReason.DISCONNECT, disconnectedAt(session, away, now))) {
                LOG.info(() -> "Session " + session.id() + " ended: a participant stayed disconnected over " + disconnectGrace);
                ended++;
            }
        }
        return ended;
    }

    /** The session is over when the grace ran out, not when the sweep noticed (and never before it started). */
    private Instant disconnectedAt(Session session, Instant away, Instant now) {
        Instant graceOver = away.plus(disconnectGrace);
        if (graceOver.isAfter(now)) {
            return now;
        }
        return session.startedAt() != null && graceOver.isBefore(session.startedAt()) ? session.startedAt() : graceOver;
    }

    private List<Participant> participations(String userId) {
        return sessions.activeOf(userId).stream().map(s -> new Participant(s.id(), s.isClient(userId))).toList();
    }
}
