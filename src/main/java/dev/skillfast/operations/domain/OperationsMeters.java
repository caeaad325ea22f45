package dev.skillfast.operations.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import dev.skillfast.experts.domain.ExpertCountsPerCategory;
import dev.skillfast.sessions.domain.SessionFilter;
import dev.skillfast.sessions.domain.SessionOverview;
import dev.skillfast.sessions.domain.SessionState;

/**
 * The desk's figures as meters, read when scraped: sessions by state (one count on the database each), experts
 * online (the search index in memory).
 */
@ApplicationScoped
public class OperationsMeters {

    @Inject
    MeterRegistry meters;

    @Inject
    SessionOverview sessions;

    @Inject
    ExpertCountsPerCategory experts;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (SessionState state : new SessionState[] {SessionState.ACTIVE, SessionState.REQUESTED}) {
            Gauge.builder("skillfast.sessions", sessions,
                            s -> s.count(new SessionFilter(state, null, null, null, null, null)))
                    .tag("state", state.name()).description("Sessions in this state (all servers)").register(meters);
        }
        Gauge.builder("skillfast.experts.online", experts, ExpertCountsPerCategory::onlineTotal)
                .description("Public experts online now").register(meters);
    }
}
