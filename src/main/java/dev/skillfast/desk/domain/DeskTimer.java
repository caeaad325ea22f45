package dev.skillfast.desk.domain;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import dev.skillfast.platform.mongo.DatabaseBootstrap;
import dev.skillfast.platform.timers.TimerRuns;

/** Expires desk requests whose wait ran out, every {@code skillfast.desk.expire-interval}. */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeskTimer {

    static final String TIMER = "desk-expiry";

    @Resource
    TimerService timers;

    @Inject
    DeskQueue queue;

    @Inject
    DeskSettings settings;

    @Inject
    DatabaseBootstrap database;

    @Inject
    TimerRuns runs;

    @PostConstruct
    void schedule() {
        long every = settings.expireInterval().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig(TIMER, false));
    }

    @Timeout
    void expire() {
        if (database.initializer().isInitialised()) {
            runs.run(TIMER, queue::expireDue);
        }
    }
}
