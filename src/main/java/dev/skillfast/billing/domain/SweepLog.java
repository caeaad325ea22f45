package dev.skillfast.billing.domain;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.billing.store.SweepLogStore;

/** The billing sweep's health for the operations console: the last sweep and whether it is recent enough. */
@ApplicationScoped
public class SweepLog {

    /** A sweep is overdue after this many intervals without one (a beat or two may be skipped by a busy server). */
    static final int OVERDUE_AFTER_INTERVALS = 3;

    @Inject
    SweepLogStore store;

    @Inject
    BillingSettings settings;

    @Inject
    Clock clock;

    public Optional<LastSweep> last() {
        return store.last();
    }

    /** Whether a sweep ran within the last few intervals. */
    public boolean healthy(Optional<LastSweep> last) {
        return last.map(s -> s.at().plus(settings.sweepInterval().multipliedBy(OVERDUE_AFTER_INTERVALS))
                .isAfter(clock.instant())).orElse(false);
    }
}
