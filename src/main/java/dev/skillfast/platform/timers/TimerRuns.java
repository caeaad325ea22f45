package dev.skillfast.platform.timers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.platform.cluster.Leases;

/**
 * Runs the body of every timer (billing sweep, session sweep, ledger recovery, search refresh…): a
 * failure is logged at WARNING with an error id and counted per timer, never swallowed. The counts are
 * shown by the {@code timers} health check. A timer that keeps failing the same way (the database is
 * down) logs one line per run after the first, which carries the stack trace.
 */
@ApplicationScoped
public class TimerRuns {

    private static final Logger LOG = Logger.getLogger(TimerRuns.class.getName());

    @Inject
    Clock clock;

    @Inject
    Leases leases;

    private final Map<String, TimerStats> stats = new ConcurrentHashMap<>();

    public TimerRuns() {
    }

    /** Outside CDI (tests): every beat runs here, as on a server alone. */
    public TimerRuns(Clock clock) {
        this.clock = clock;
    }

    /**
     * Runs one beat of a job that must run on one server of a cluster at a time (sweeps that change
     * shared data): only on the member holding its lease, renewed at each beat (see {@link Leases});
     * alone, always. Answers whether the beat ran and completed here.
     */
    public boolean runLeased(String timer, Duration beat, Runnable work) {
        boolean held;
        try {
            held = leases == null || leases.hold(timer, beat);
        } catch (RuntimeException e) {
            failed(timer, e); // the cluster cannot be asked: skip the beat rather than risk running it twice
            return false;
        }
        return held && run(timer, work);
    }

    /** Runs one beat of {@code timer}; answers whether it completed. */
    public boolean run(String timer, Runnable work) {
        try {
            work.run();
            stats.compute(timer, (name, s) -> (s == null ? TimerStats.NONE : s).succeeded(clock.instant()));
            return true;
        } catch (RuntimeException e) {
            failed(timer, e);
            return false;
        }
    }

    /**
     * A part of a timer's beat failed while the rest went on (one batch of the billing sweep): logged and
     * counted like a failed beat.
     */
    public void partFailed(String timer, RuntimeException e) {
        failed(timer, e);
    }

    private void failed(String timer, RuntimeException e) {
        String errorId = UUID.randomUUID().toString();
        String cause = e.getClass().getName() + ": " + e.getMessage();
        TimerStats before = stats.getOrDefault(timer, TimerStats.NONE);
        TimerStats after = stats.compute(timer, (name, s) -> (s == null ? TimerStats.NONE : s)
                .failed(clock.instant(), errorId, cause));
        if (cause.equals(before.lastCause()) && before.failuresInARow() > 0) {
            LOG.warning(() -> "Timer " + timer + " failed again (" + after.failuresInARow() + " in a row), error id "
                    + errorId + ": " + cause);
        } else {
            LOG.log(Level.WARNING, e, () -> "Timer " + timer + " failed, error id " + errorId + "; it runs again at its next beat");
        }
    }

    /** Every timer that ran so far, by name. */
    public Map<String, TimerStats> snapshot() {
        return new TreeMap<>(stats);
    }

    /**
     * How one timer fared: runs that completed and failed in all, failures since the last success, and the
     * last failure's time, error id and cause.
     */
    public record TimerStats(long completed, long failures, long failuresInARow, Instant lastSuccessAt,
                             Instant lastFailureAt, String lastErrorId, String lastCause) {

        static final TimerStats NONE = new TimerStats(0, 0, 0, null, null, null, null);

        TimerStats succeeded(Instant at) {
            return new TimerStats(completed + 1, failures, 0, at, lastFailureAt, lastErrorId, lastCause);
        }

        TimerStats failed(Instant at, String errorId, String cause) {
            return new TimerStats(completed, failures + 1, failuresInARow + 1, lastSuccessAt, at, errorId, cause);
        }
    }
}
