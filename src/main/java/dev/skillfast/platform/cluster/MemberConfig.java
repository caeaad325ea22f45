package dev.skillfast.platform.cluster;

import java.time.Duration;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;

import io.github.bucket4j.grid.hazelcast.HazelcastProxyManager;

/** The Hazelcast member configuration for {@link ClusterSettings}: TCP/IP join only, nothing phones home. */
public final class MemberConfig {

    /** Where bucket4j's serializers start in Hazelcast's type-id space (the same on every member). */
    static final int BUCKET4J_TYPE_IDS = 1_000;
    static final String NODE_ATTRIBUTE = "skillfast.node";

    private MemberConfig() {
    }

    public static Config of(ClusterSettings settings, NodeId node, Duration memberTimeout, ClassLoader classLoader) {
        Config config = new Config();
        config.setClusterName(settings.name());
        config.setInstanceName("skillfast-" + node.value());
        // entries and entry processors (bucket4j's) are read with the application's classes
        config.setClassLoader(classLoader);
        config.getMemberAttributeConfig().setAttribute(NODE_ATTRIBUTE, node.value());
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        // the application shuts the member down when it stops; the JVM's hook would race Liberty's
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        // a member killed without a goodbye counts as gone after this long (Hazelcast's default: 60 s)
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", String.valueOf(Math.max(2, memberTimeout.toSeconds())));

        NetworkConfig network = config.getNetworkConfig();
        network.setPort(settings.port()).setPortAutoIncrement(false);
        settings.networkInterface().ifPresent(address -> network.getInterfaces().setEnabled(true).addInterface(address));
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(settings.members());

        HazelcastProxyManager.addCustomSerializers(config.getSerializationConfig(), BUCKET4J_TYPE_IDS);
        return config;
    }
}
