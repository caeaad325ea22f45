package dev.skillfast.platform.timers;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import dev.skillfast.platform.mongo.DatabaseBootstrap;

/**
 * A recurring job on a non-persistent EJB interval timer, for a {@code @Singleton @Startup} bean with
 * bean-managed concurrency that extends it: each beat runs {@link #work} through {@link TimerRuns} (failures
 * logged and counted) once the database is initialised; a beat that comes while the previous one still
 * runs is skipped rather than piled up. Nothing is kept between beats that the database does not hold, so a
 * restart or a second server repeats nothing.
 */
public abstract class IntervalTimer {

    @Resource
    TimerService timers;

    @Inject
    DatabaseBootstrap database;

    @Inject
    TimerRuns runs;

    private final AtomicBoolean running = new AtomicBoolean();

    /** The timer's name, in logs and the {@code timers} health check. */
    protected abstract String name();

    protected abstract Duration interval();

    /** One beat's work. */
    protected abstract void work();

    /** False: the timer is not scheduled at all (a feature that is off). */
    protected boolean enabled() {
        return true;
    }

    /** True: on a cluster, the beat runs only on the member that holds the job's lease. */
    protected boolean leased() {
        return false;
    }

    @PostConstruct
    protected void schedule() {
        if (enabled()) {
            long every = interval().toMillis();
            timers.createIntervalTimer(every, every, new TimerConfig(name(), false));
        }
    }

    @Timeout
    protected void beat() {
        if (!database.initializer().isInitialised() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            if (leased()) {
                runs.runLeased(name(), interval(), this::work);
            } else {
                runs.run(name(), this::work);
            }
        } finally {
            running.set(false);
        }
    }
}
