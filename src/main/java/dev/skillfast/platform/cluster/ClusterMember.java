package dev.skillfast.platform.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
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

    @Inject
    @ConfigProperty(name = "skillfast.cluster.member-timeout")
    Duration memberTimeout;

    private volatile ClusterSettings settings;
    private volatile Optional<HazelcastInstance> current; // what instance() answers once decided
    private HazelcastInstance instance;
    private boolean stopped;
    private final List<Consumer<String>> leftListeners = new CopyOnWriteArrayList<>();

    public ClusterMember() {
    }

    /** A member outside CDI (tests, tools): these settings, this node. */
    public ClusterMember(ClusterSettings settings, NodeId node, Duration memberTimeout) {
        this.settings = settings;
        this.node = node;
        this.memberTimeout = memberTimeout;
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

    /**
     * The member, started on first use; empty when this server runs alone, and once it has stopped. Asked
     * for every chat message (a session's home), so once decided it is answered without a lock.
     */
    public Optional<HazelcastInstance> instance() {
        Optional<HazelcastInstance> decided = current;
        return decided != null ? decided : start();
    }

    private synchronized Optional<HazelcastInstance> start() {
        ClusterSettings cluster = settings();
        if (!cluster.enabled() || stopped) {
            current = Optional.empty(); // stopped: connections closing on shutdown must not start a new member
            return current;
        }
        if (instance == null) {
            cluster.refusal().ifPresent(reason -> {
                throw new IllegalStateException(reason);
            });
            LOG.info(() -> "Node " + node + " joining cluster '" + cluster.name() + "' on port " + cluster.port()
                    + " with members " + cluster.members());
            instance = Hazelcast.newHazelcastInstance(MemberConfig.of(cluster, node, memberTimeout,
                    ClusterMember.class.getClassLoader()));
            instance.getCluster().addMembershipListener(new Departures());
            LOG.info(() -> "Node " + node + " is in cluster '" + cluster.name() + "': "
                    + instance.getCluster().getMembers().size() + " member(s)");
        }
        current = Optional.of(instance);
        return current;
    }

    public boolean enabled() {
        return settings().enabled();
    }

    /** How many members the cluster has as this server sees it (1 when it runs alone). */
    public int size() {
        return instance().map(member -> member.getCluster().getMembers().size()).orElse(1);
    }

    /** This server's node id. */
    public String nodeId() {
        return node.value();
    }

    /** The node ids of the members as this server sees them (only its own when it runs alone). */
    public Set<String> nodeIds() {
        return instance().map(member -> member.getCluster().getMembers().stream().map(ClusterMember::nodeOf)
                .collect(Collectors.toSet())).orElse(Set.of(node.value()));
    }

    /**
     * The node that owns {@code key}'s partition: every member agrees on it, and when that member
     * leaves, the partition (and so the key) moves to another. Empty while it is moving (including the
     * moment between a member's departure and the new owner's appointment), or alone.
     */
    public Optional<String> ownerOf(String key) {
        return instance().flatMap(member -> Optional.ofNullable(member.getPartitionService().getPartition(key).getOwner())
                .filter(owner -> member.getCluster().getMembers().contains(owner)))
                .map(ClusterMember::nodeOf);
    }

    /**
     * Runs {@code listener} with the node id of every member that leaves the cluster (shut down, or
     * silent for {@code skillfast.cluster.member-timeout}), on Hazelcast's event thread.
     */
    public void onMemberLeft(Consumer<String> listener) {
        leftListeners.add(listener);
    }

    private static String nodeOf(Member member) {
        return member.getAttribute(MemberConfig.NODE_ATTRIBUTE);
    }

    /** Tells the listeners which node left. */
    private final class Departures implements MembershipListener {
        @Override
        public void memberAdded(MembershipEvent event) {
            LOG.info(() -> "Node " + nodeOf(event.getMember()) + " joined: " + event.getMembers().size() + " member(s)");
        }

        @Override
        public void memberRemoved(MembershipEvent event) {
            String left = nodeOf(event.getMember());
            LOG.warning(() -> "Node " + left + " left the cluster: " + event.getMembers().size() + " member(s)");
            for (Consumer<String> listener : leftListeners) {
                try {
                    listener.accept(left);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Handling the departure of node " + left + " failed", e);
                }
            }
        }
    }

    @PreDestroy
    public synchronized void stop() {
        stopped = true;
        current = Optional.empty();
        if (instance != null) {
            instance.shutdown();
            instance = null;
        }
    }
}
