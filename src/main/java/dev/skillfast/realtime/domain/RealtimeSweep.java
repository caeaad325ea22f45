package dev.skillfast.realtime.domain;

import java.time.Duration;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import dev.skillfast.platform.timers.TimerRuns;

/**
 * Every five seconds: experts past their offline grace go OFFLINE.  Every minute: unused tickets are deleted.
 */
@Singleton
public class RealtimeSweep {

    @Inject
    PresenceService presence;

    @Inject
    Tickets tickets;

    @Inject
    TimerRuns runs;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void everyFewSeconds() {
        runs.run("presence-sweep", presence::sweep);
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        runs.runLeased("ticket-cleanup", Duration.ofMinutes(1), tickets::deleteExpired);
    }
}
