package dev.skillfast.realtime.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionService;
import dev.skillfast.sessions.store.SessionStore;

/**
 * Every five seconds: experts past their offline grace go OFFLINE, and the participants of ACTIVE
 * sessions connected to this server are recorded as seen (the session sweep ends sessions a participant
 * left). Every minute: unused tickets are deleted.
 */
@Singleton
public class RealtimeSweep {

    private static final Logger LOG = Logger.getLogger(RealtimeSweep.class.getName());

    @Inject
    PresenceService presence;

    @Inject
    SessionService sessions;

    @Inject
    Connections connections;

    @Inject
    Tickets tickets;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void everyFewSeconds() {
        try {
            presence.sweep();
            List<SessionStore.Seen> seen = new ArrayList<>();
            for (Session session : sessions.active()) {
                if (connections.isConnected(session.clientId())) {
                    seen.add(new SessionStore.Seen(session.id(), true));
                }
                if (connections.isConnected(session.expertId())) {
                    seen.add(new SessionStore.Seen(session.id(), false));
                }
            }
            sessions.markSeen(seen);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Realtime sweep skipped (database unavailable?)", e);
        }
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        try {
            tickets.deleteExpired();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Ticket clean-up skipped (database unavailable?)", e);
        }
    }
}
