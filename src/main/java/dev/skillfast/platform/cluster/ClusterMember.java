package dev.skillfast.platform.cluster;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/**
 * This server's Hazelcast member, when {@code skillfast.cluster.members} is set: started with the
 * application (before it reports ready), shut down with it. Off, there is no member and every caller
 * keeps to this server's memory.
 */
@ApplicationScoped
public class ClusterMember {

    private static final Logger LOG = Logger.getLogger(ClusterMember.class.getName());

    @Inject
    NodeId node;

    @Inject
    @ConfigProperty(name = "skillfast.cluster.members")
    Optional<String> members;

    @Inject
    @ConfigProperty(name = "skillfast.cluster.name")
    String name;

    @Inject
    @ConfigProperty(name = "skillfast.cluster.port")
    int port;

    @Inject
    @ConfigProperty(name = "skillfast.cluster.interface")
    Optional<String> networkInterface;

    @Inject
    @ConfigProperty(name = "skillfast.mongodb.uri")
    Optional<String> mongodbUri;

    private ClusterSettings settings;
    private HazelcastInstance instance;

    public ClusterMember() {
    }

    /** A member outside CDI (tests, tools): these settings, this node. */
    public ClusterMember(ClusterSettings settings, NodeId node) {
        this.settings = settings;
        this.node = node;
    }

    /** Joins (or forms) the cluster as the application starts; refuses to start on the embedded store. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        instance();
    }

    public synchronized ClusterSettings settings() {
        if (settings == null) {
            settings = new ClusterSettings(ClusterSettings.parseMembers(members), name, port, networkInterface, mongodbUri);
        }
        return settings;
    }

    /** The member, started on first use; empty when this server runs alone. */
    public synchronized Optional<HazelcastInstance> instance() {
        ClusterSettings cluster = settings();
        if (!cluster.enabled()) {
            return Optional.empty();
        }
        if (instance == null) {
            cluster.refusal().ifPresent(reason -> {
                throw new IllegalStateException(reason);
            });
            LOG.info(() -> "Node " + node + " joining cluster '" + cluster.name() + "' on port " + cluster.port()
                    + " with members " + cluster.members());
            instance = Hazelcast.newHazelcastInstance(MemberConfig.of(cluster, node, ClusterMember.class.getClassLoader()));
            LOG.info(() -> "Node " + node + " is in cluster '" + cluster.name() + "': "
                    + instance.getCluster().getMembers().size() + " member(s)");
        }
        return Optional.of(instance);
    }

    public boolean enabled() {
        return settings().enabled();
    }

    /** How many members the cluster has as this server sees it (1 when it runs alone). */
    public int size() {
        return instance().map(member -> member.getCluster().getMembers().size()).orElse(1);
    }

    @PreDestroy
    public synchronized void stop() {
        if (instance != null) {
            instance.shutdown();
            instance = null;
        }
    }
}
