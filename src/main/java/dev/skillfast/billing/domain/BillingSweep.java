package dev.skillfast.billing.domain;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import dev.skillfast.billing.store.SweepLogStore;
import dev.skillfast.platform.cluster.NodeId;
import dev.skillfast.platform.mongo.DatabaseBootstrap;
import dev.skillfast.platform.timers.TimerRuns;

/**
 * The billing timers: a non-persistent interval timer ({@code skillfast.billing.sweep-interval}, 5 s)
 * charges the units that came due and settles missed ends; once a minute, ledger recovery finishes
 * half-applied journal entries. Nothing is kept in memory between runs that the database does not also
 * hold, so a restart or a second server sweeping the same database charges nothing twice (each unit's
 * entry has a unique key). Failures are logged and counted ({@link TimerRuns}).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BillingSweep {

    private static final Logger LOG = Logger.getLogger(BillingSweep.class.getName());

    @Resource
    TimerService timers;

    @Inject
    BillingSettings settings;

    @Inject
    SessionBilling billing;

    @Inject
    Ledger ledger;

    @Inject
    DatabaseBootstrap database;

    @Inject
    TimerRuns runs;

    @Inject
    SweepLogStore sweepLog;

    @Inject
    NodeId node;

    @Inject
    MeterRegistry meters;

    private final AtomicBoolean sweeping = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        // the meters exist (at zero) from the start, not from this server's first sweep or recovery
        sweepTimer();
        meters.counter("skillfast.billing.charges");
        meters.counter("skillfast.ledger.recovered");
        long every = settings.sweepInterval().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig(SweepRunner.TIMER, false));
    }

    @Timeout
    void sweep() {
        // before the start-up tasks ran, sessions carry no "away since" yet: billing now could charge a
        // whole down time, so wait for them
        if (!database.initializer().isInitialised() || !sweeping.compareAndSet(false, true)) {
            return; // the previous sweep is still running: skip this beat rather than pile up
        }
        try {
            runs.runLeased(SweepRunner.TIMER, settings.sweepInterval(), () -> {
                SessionBilling.SweepReport report = billing.sweep();
                sweepLog.save(new LastSweep(report.at(), report.millis(), report.sessions(), report.charges(), node.value()));
                sweepTimer().record(report.millis(), TimeUnit.MILLISECONDS);
                meters.counter("skillfast.billing.charges").increment(report.charges());
                if (report.millis() > settings.sweepInterval().toMillis()) {
                    LOG.warning(() -> "Billing sweep took " + report.millis() + " ms for " + report.sessions() + " sessions");
                }
            });
        } finally {
            sweeping.set(false);
        }
    }

    private Timer sweepTimer() {
        return Timer.builder("skillfast.billing.sweep").description("Billing sweeps run on this server").register(meters);
    }

    @Schedule(second = "17", minute = "*", hour = "*", persistent = false)
    void recover() {
        if (database.initializer().isInitialised()) {
            runs.runLeased("ledger-recovery", Duration.ofMinutes(1),
                    () -> meters.counter("skillfast.ledger.recovered").increment(ledger.recover()));
        }
    }
}
