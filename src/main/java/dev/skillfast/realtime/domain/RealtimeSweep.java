package dev.skillfast.realtime.domain;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;


/**
 * Every five seconds: experts past their offline grace go OFFLINE.  Every minute: unused tickets are deleted.
 */
@Singleton
public class RealtimeSweep {

    private static final Logger LOG = Logger.getLogger(RealtimeSweep.class.getName());

    @Inject
    PresenceService presence;

    @Inject
    Tickets tickets;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void everyFewSeconds() {
        try {
            presence.sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Presence sweep skipped (database unavailable?)", e);
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
