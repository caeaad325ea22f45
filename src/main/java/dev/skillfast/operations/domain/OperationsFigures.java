package dev.skillfast.operations.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.skillfast.billing.domain.LastSweep;
import dev.skillfast.billing.domain.SweepLog;
import dev.skillfast.categories.domain.Category;
import dev.skillfast.categories.domain.CategoryService;
import dev.skillfast.categories.domain.LocalizedText;
import dev.skillfast.experts.domain.ExpertCountsPerCategory;
import dev.skillfast.platform.cluster.ConnectedUsers;
import dev.skillfast.platform.mongo.MongoReadinessCheck;
import dev.skillfast.realtime.domain.Connections;
import dev.skillfast.sessions.domain.SessionFilter;
import dev.skillfast.sessions.domain.SessionOverview;
import dev.skillfast.sessions.domain.SessionState;

/**
 * What the operations console shows of the desk right now: connected users (on every server of a cluster),
 * experts online per category, requests waiting for an expert's answer, active sessions, the billing sweep's
 * last run and the database's readiness. Read on demand: nothing here is kept between requests.
 */
@ApplicationScoped
public class OperationsFigures {

    /** Experts ONLINE in one category. */
    public record CategoryOnline(String slug, LocalizedText name, long online) {
    }

    /** The last billing sweep (any server's) and whether one ran recently. */
    public record SweepFigures(Instant lastRunAt, Long millis, int sessions, int charges, String node, boolean healthy) {
    }

    /** The database as the readiness check sees it. */
    public record DatabaseFigures(boolean ready, String mode) {
    }

    public record Figures(int connectedUsers, int connections, long expertsOnline, List<CategoryOnline> expertsOnlineByCategory,
                          long requestsWaiting, long activeSessions, SweepFigures billingSweep, DatabaseFigures database,
                          Instant checkedAt) {
    }

    @Inject
    Connections connections;

    @Inject
    ConnectedUsers connectedUsers;

    @Inject
    ExpertCountsPerCategory experts;

    @Inject
    CategoryService categories;

    @Inject
    SessionOverview sessions;

    @Inject
    SweepLog sweeps;

    @Inject
    @Readiness
    MongoReadinessCheck database;

    @Inject
    Clock clock;

    public Figures now() {
        Set<String> users = new HashSet<>(connections.users());
        users.addAll(connectedUsers.usersElsewhere());
        Map<String, Long> online = experts.onlinePerCategory();
        List<CategoryOnline> byCategory = categories.all().stream().filter(Category::active)
                .map(c -> new CategoryOnline(c.slug(), c.name(), online.getOrDefault(c.slug(), 0L))).toList();
        Optional<LastSweep> last = sweeps.last();
        SweepFigures sweep = new SweepFigures(last.map(LastSweep::at).orElse(null), last.map(LastSweep::millis).orElse(null),
                last.map(LastSweep::sessions).orElse(0), last.map(LastSweep::charges).orElse(0),
                last.map(LastSweep::node).orElse(null), sweeps.healthy(last));
        HealthCheckResponse readiness = database.call();
        String mode = readiness.getData().map(d -> String.valueOf(d.get("mode"))).orElse(null);
        return new Figures(users.size(), connections.size(), experts.onlineTotal(), byCategory,
                count(SessionState.REQUESTED), count(SessionState.ACTIVE), sweep,
                new DatabaseFigures(readiness.getStatus() == HealthCheckResponse.Status.UP, mode), clock.instant());
    }

    private long count(SessionState state) {
        return sessions.count(new SessionFilter(state, null, null, null, null, null));
    }
}
