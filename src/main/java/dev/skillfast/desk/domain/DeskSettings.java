package dev.skillfast.desk.domain;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How long a request may wait, how often expiry is looked at, and how far back picks count for estimates. */
@ApplicationScoped
public class DeskSettings {

    @Inject
    @ConfigProperty(name = "skillfast.desk.max-wait")
    Duration maxWait;

    @Inject
    @ConfigProperty(name = "skillfast.desk.expire-interval")
    Duration expireInterval;

    @Inject
    @ConfigProperty(name = "skillfast.desk.estimate-window")
    Duration estimateWindow;

    public Duration maxWait() {
        return maxWait;
    }

    public Duration expireInterval() {
        return expireInterval;
    }

    public Duration estimateWindow() {
        return estimateWindow;
    }
}
