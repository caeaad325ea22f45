package dev.skillfast.payments.domain;

import java.util.concurrent.atomic.AtomicBoolean;

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

/**
 * Runs {@link Reconciliation} every {@code skillfast.payments.reconcile-interval} (a non-persistent
 * interval timer). Nothing is kept between runs that the database does not hold, so a restart or a second
 * server reconciling the same database does nothing twice.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReconciliationTimer {

    static final String TIMER = "payments-reconciliation";

    @Resource
    TimerService timers;

    @Inject
    Reconciliation reconciliation;

    @Inject
    PaymentSettings settings;

    @Inject
    DatabaseBootstrap database;

    @Inject
    TimerRuns runs;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long every = settings.reconcileInterval().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig(TIMER, false));
    }

    @Timeout
    void reconcile() {
        if (!database.initializer().isInitialised() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            runs.runLeased(TIMER, settings.reconcileInterval(), reconciliation::run);
        } finally {
            running.set(false);
        }
    }
}
