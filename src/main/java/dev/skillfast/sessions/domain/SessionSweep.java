package dev.skillfast.sessions.domain;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Every five seconds: expires requests nobody answered, and ends ACTIVE sessions a participant left
 * (away, with no live connection, for the disconnect grace). Both are conditional updates, so two servers sweeping
 * the same database change each session once.
 */
@Singleton
public class SessionSweep {

    private static final Logger LOG = Logger.getLogger(SessionSweep.class.getName());

    @Inject
    SessionService sessions;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void sweep() {
        try {
            sessions.expireDue();
            sessions.endDisconnected();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Session sweep skipped (database unavailable?)", e);
        }
    }
}
