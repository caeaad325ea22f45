package dev.skillfast.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready} shows this node's id and, in a cluster, how many members it sees; DOWN when its
 * member has stopped (a load balancer then sends nobody here).
 */
@Readiness
@ApplicationScoped
public class ClusterHealthCheck implements HealthCheck {

    @Inject
    ClusterMember member;

    @Inject
    NodeId node;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("cluster").withData("nodeId", node.value());
        if (!member.enabled()) {
            return response.withData("mode", "single server").up().build();
        }
        boolean running = member.instance().orElseThrow().getLifecycleService().isRunning();
        response.withData("mode", "cluster").withData("name", member.settings().name());
        if (running) {
            response.withData("members", member.size());
        }
        return response.status(running).build();
    }
}
