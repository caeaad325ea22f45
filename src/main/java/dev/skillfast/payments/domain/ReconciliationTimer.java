package dev.skillfast.payments.domain;

import java.time.Duration;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import dev.skillfast.platform.timers.IntervalTimer;

/**
 * Runs {@link Reconciliation} every {@code skillfast.payments.reconcile-interval} (a non-persistent
 * interval timer), on the cluster member holding its lease. Nothing is kept between runs that the database
 * does not hold, so a restart or a second server reconciling the same database does nothing twice.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReconciliationTimer extends IntervalTimer {

    @Inject
    Reconciliation reconciliation;

    @Inject
    PaymentSettings settings;

    @Override
    protected String name() {
        return "payments-reconciliation";
    }

    @Override
    protected Duration interval() {
        return settings.reconcileInterval();
    }

    @Override
    protected boolean leased() {
        return true;
    }

    @Override
    protected void work() {
        reconciliation.run();
    }
}
