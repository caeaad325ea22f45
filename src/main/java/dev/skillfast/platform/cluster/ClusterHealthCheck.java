package dev.skillfast.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import com.hazelcast.core.HazelcastInstance;

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
        HazelcastInstance instance = member.instance().orElseThrow();
        boolean running = instance.getLifecycleService().isRunning();
        response.withData("mode", "cluster").withData("name", member.settings().name());
        if (running) {
            response.withData("members", instance.getCluster().getMembers().size());
        }
        return response.status(running).build();
    }
}
