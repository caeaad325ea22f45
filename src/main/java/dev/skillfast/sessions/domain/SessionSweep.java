package dev.skillfast.sessions.domain;

import java.time.Duration;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import dev.skillfast.platform.timers.TimerRuns;

/**
 * Every five seconds: expires requests nobody answered, and ends ACTIVE sessions a participant left
 * (away, with no live connection, for the disconnect grace). Both are conditional updates, so two servers
 * sweeping the same database change each session once.
 */
@Singleton
public class SessionSweep {

    @Inject
    SessionService sessions;

    @Inject
    SessionPresence presence;

    @Inject
    TimerRuns runs;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void sweep() {
        runs.runLeased("session-sweep", Duration.ofSeconds(5), () -> {
            sessions.expireDue();
            presence.endDisconnected();
        });
    }
}
