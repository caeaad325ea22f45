package dev.skillfast.platform.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How this server joins the others (MicroProfile Config, see microprofile-config.properties).
 *
 * @param members   the members' {@code host:port}, comma-separated; empty means one server, no cluster
 * @param name      the cluster's name: members with another name do not join
 * @param port      the port this member listens on for the others
 * @param networkInterface the address (or wildcard such as {@code 10.0.*.*}) to bind and announce; empty
 *                  lets Hazelcast pick one
 * @param mongodbUri the database's URI: a cluster needs one MongoDB that every member shares
 */
public record ClusterSettings(List<String> members, String name, int port, Optional<String> networkInterface,
                              Optional<String> mongodbUri) {

    public ClusterSettings {
        members = List.copyOf(members);
        networkInterface = networkInterface.map(String::trim).filter(s -> !s.isEmpty());
        mongodbUri = mongodbUri.map(String::trim).filter(s -> !s.isEmpty());
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("skillfast.cluster.port must be between 1 and 65535, not " + port);
        }
    }

    /** Parses the comma-separated member list, ignoring blanks. */
    public static List<String> parseMembers(Optional<String> value) {
        return value.map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    public boolean enabled() {
        return !members.isEmpty();
    }

    /**
     * Why this configuration cannot run, if it cannot: the embedded store lives inside one server, so
     * servers that each had their own would silently disagree about every balance and session.
     */
    public Optional<String> refusal() {
        if (enabled() && mongodbUri.isEmpty()) {
            return Optional.of("SKILLFAST_CLUSTER_MEMBERS is set but SKILLFAST_MONGODB_URI is not: the embedded "
                    + "store belongs to one server, so a cluster needs one real MongoDB (a replica set) that every "
                    + "member shares. Set SKILLFAST_MONGODB_URI on every member, or unset SKILLFAST_CLUSTER_MEMBERS "
                    + "to run one server.");
        }
        return Optional.empty();
    }
}
