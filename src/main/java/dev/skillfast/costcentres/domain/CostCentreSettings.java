package dev.skillfast.costcentres.domain;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The time zone budgets reset in, how long approvals wait, how often the sweep runs, the sign-in claim. */
@ApplicationScoped
public class CostCentreSettings {

    @Inject
    @ConfigProperty(name = "skillfast.costcentre.timezone")
    ZoneId zone;

    @Inject
    @ConfigProperty(name = "skillfast.costcentre.approval-timeout")
    Duration approvalTimeout;

    @Inject
    @ConfigProperty(name = "skillfast.costcentre.sweep-interval")
    Duration sweepInterval;

    @Inject
    @ConfigProperty(name = "skillfast.costcentre.claim")
    Optional<String> claim;

    public CostCentreSettings() {
    }

    /** For tests outside the container. */
    public CostCentreSettings(ZoneId zone, Duration approvalTimeout, Duration sweepInterval, Optional<String> claim) {
        this.zone = zone;
        this.approvalTimeout = approvalTimeout;
        this.sweepInterval = sweepInterval;
        this.claim = claim;
    }

    public ZoneId zone() {
        return zone;
    }

    public Duration approvalTimeout() {
        return approvalTimeout;
    }

    public Duration sweepInterval() {
        return sweepInterval;
    }

    public Optional<String> claim() {
        return claim.filter(c -> !c.isBlank());
    }
}
