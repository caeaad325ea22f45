package dev.skillfast.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.hazelcast.config.Config;

class ClusterSettingsTest {

    @Test
    void noMembersMeansOneServer() {
        ClusterSettings alone = new ClusterSettings(ClusterSettings.parseMembers(Optional.of(" , ")), "skillfast", 5701,
                Optional.empty(), Optional.empty());
        assertThat(alone.enabled()).isFalse();
        assertThat(alone.refusal()).isEmpty();
    }

    @Test
    void membersAreTrimmedAndBlanksIgnored() {
        assertThat(ClusterSettings.parseMembers(Optional.of(" desk-1:5701, ,desk-2:5701 ")))
                .containsExactly("desk-1:5701", "desk-2:5701");
        assertThat(ClusterSettings.parseMembers(Optional.empty())).isEmpty();
    }

    @Test
    void aClusterOnTheEmbeddedStoreIsRefusedWithTheReason() {
        ClusterSettings onEmbedded = new ClusterSettings(List.of("desk-1:5701"), "skillfast", 5701, Optional.empty(),
                Optional.of("  "));
        assertThat(onEmbedded.refusal()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("SKILLFAST_CLUSTER_MEMBERS", "SKILLFAST_MONGODB_URI", "embedded"));
        ClusterSettings onMongo = new ClusterSettings(List.of("desk-1:5701"), "skillfast", 5701, Optional.of(""),
                Optional.of("mongodb://db-1,db-2/?replicaSet=rs0"));
        assertThat(onMongo.refusal()).isEmpty();
        assertThat(onMongo.networkInterface()).isEmpty();
    }

    @Test
    void theMemberConfigurationJoinsOverTcpOnlyAndGivesUpASilentMemberAfterTheTimeout() {
        ClusterSettings settings = new ClusterSettings(List.of("10.0.0.1:5701", "10.0.0.2:5701"), "desk", 5702,
                Optional.of("10.0.*.*"), Optional.of("mongodb://db-1/?replicaSet=rs0"));
        Config config = MemberConfig.of(settings, new NodeId(Optional.of("desk-1")), Duration.ofSeconds(7),
                getClass().getClassLoader());
        assertThat(config.getClusterName()).isEqualTo("desk");
        assertThat(config.getProperty("hazelcast.max.no.heartbeat.seconds")).isEqualTo("7");
        assertThat(config.getProperty("hazelcast.phone.home.enabled")).isEqualTo("false");
        assertThat(config.getNetworkConfig().getPort()).isEqualTo(5702);
        assertThat(config.getNetworkConfig().getJoin().getMulticastConfig().isEnabled()).isFalse();
        assertThat(config.getNetworkConfig().getJoin().getTcpIpConfig().getMembers())
                .containsExactly("10.0.0.1:5701", "10.0.0.2:5701");
        assertThat(config.getNetworkConfig().getInterfaces().getInterfaces()).containsExactly("10.0.*.*");
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        assertThatThrownBy(() -> new ClusterSettings(List.of(), "skillfast", 70_000, Optional.empty(), Optional.empty()))
                .hasMessageContaining("skillfast.cluster.port");
    }

    @Test
    void nodeIdsNameTheHostAndDifferAtEveryStart() {
        NodeId first = new NodeId(Optional.of("Desk_1.Example"));
        NodeId second = new NodeId(Optional.of("Desk_1.Example"));
        assertThat(first.value()).matches("desk1\\.example-[0-9a-f]{6}");
        assertThat(first.value()).isNotEqualTo(second.value());
        assertThat(new NodeId(Optional.empty()).value()).startsWith("skillfast-");
    }
}
