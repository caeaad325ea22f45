package dev.skillfast.platform.timers;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * {@code /health/live} lists each timer's failures ({@code <timer>.failures}, {@code .failuresInARow},
 * {@code .lastErrorId}, the id to look for in the log). Always UP: a timer that fails (the database is
 * down) is no reason to restart the server, which would not bring the database back.
 */
@Liveness
@ApplicationScoped
public class TimersHealthCheck implements HealthCheck {

    @Inject
    TimerRuns runs;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("timers").up();
        for (Map.Entry<String, TimerRuns.TimerStats> timer : runs.snapshot().entrySet()) {
            TimerRuns.TimerStats s = timer.getValue();
            response.withData(timer.getKey() + ".failures", s.failures())
                    .withData(timer.getKey() + ".failuresInARow", s.failuresInARow());
            if (s.lastErrorId() != null) {
                response.withData(timer.getKey() + ".lastErrorId", s.lastErrorId());
            }
        }
        return response.build();
    }
}
