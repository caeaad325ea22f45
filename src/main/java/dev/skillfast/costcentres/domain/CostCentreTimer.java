package dev.skillfast.costcentres.domain;

import java.time.Duration;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import dev.skillfast.platform.timers.IntervalTimer;

/**
 * Every {@code skillfast.costcentre.sweep-interval}: sets the budgets of a new month (the first beat after
 * midnight of the first, in the configured zone) and expires approvals whose time ran out. Both are
 * conditional writes, so servers sweeping the same database at once do each thing once.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CostCentreTimer extends IntervalTimer {

    @Inject
    Budgets budgets;

    @Inject
    Approvals approvals;

    @Inject
    CostCentreSettings settings;

    @Override
    protected String name() {
        return "cost-centres";
    }

    @Override
    protected Duration interval() {
        return settings.sweepInterval();
    }

    @Override
    protected void work() {
        try {
            budgets.setDue();
        } finally {
            approvals.expireDue(); // even when the budgets could not be set this beat
        }
    }
}
