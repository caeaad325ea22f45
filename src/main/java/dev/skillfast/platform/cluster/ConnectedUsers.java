package dev.skillfast.platform.cluster;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.EntryListener;
import com.hazelcast.map.MapEvent;
import com.hazelcast.replicatedmap.ReplicatedMap;

/**
 * Which members hold a live connection of which user: a Hazelcast replicated map (a copy on every
 * member, read locally, so a frame's routing costs no network call) of "node|user" keys, each written
 * only by its own node, so members never race on one entry. Each member keeps an index of the map by
 * user, fed by the map's events. A member that dies leaves its keys behind: {@link #forget} removes
 * them when it is known gone. Copies converge within milliseconds: a connection a few milliseconds
 * old may not be known elsewhere yet (clients catch up from the chat history when they connect).
 * Alone, the map is empty and nothing is elsewhere.
 */
@ApplicationScoped
public class ConnectedUsers {

    static final String MAP = "skillfast.connected";
    private static final char SEPARATOR = '|';

    @Inject
    ClusterMember member;

    /** user id → the other nodes holding one of the user's connections. */
    private final Map<String, Set<String>> elsewhere = new ConcurrentHashMap<>();

    public ConnectedUsers() {
    }

    /** Outside CDI (tests). */
    public ConnectedUsers(ClusterMember member) {
        this.member = member;
        start(null);
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        map().ifPresent(map -> {
            map.addEntryListener(new Index());
            map.keySet().forEach(this::indexAdded);
        });
    }

    private java.util.Optional<ReplicatedMap<String, String>> map() {
        return member.instance().map(cluster -> cluster.getReplicatedMap(MAP));
    }

    /** The user's first connection to this node opened. */
    public void here(String userId) {
        map().ifPresent(map -> map.put(member.nodeId() + SEPARATOR + userId, ""));
    }

    /** The user's last connection to this node closed. */
    public void gone(String userId) {
        map().ifPresent(map -> map.remove(member.nodeId() + SEPARATOR + userId));
    }

    /** The users with a connection on another node (none when alone). */
    public Set<String> usersElsewhere() {
        return elsewhere.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The other nodes that hold a connection of the user (none when alone). */
    public Set<String> elsewhere(String userId) {
        Set<String> nodes = elsewhere.get(userId);
        return nodes == null ? Set.of() : nodes;
    }

    /**
     * A node left the cluster: its connections are gone. Answers the users it held; its keys are
     * removed from the map (by every member: removing what is gone already is harmless).
     */
    public Set<String> forget(String nodeId) {
        Set<String> users = elsewhere.entrySet().stream().filter(e -> e.getValue().contains(nodeId))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        users.forEach(user -> indexRemoved(nodeId + SEPARATOR + user));
        map().ifPresent(map -> users.forEach(user -> map.remove(nodeId + SEPARATOR + user)));
        return users;
    }

    private void indexAdded(String key) {
        int at = key.indexOf(SEPARATOR);
        String node = key.substring(0, at);
        if (!node.equals(member.nodeId())) {
            elsewhere.computeIfAbsent(key.substring(at + 1), user -> ConcurrentHashMap.newKeySet()).add(node);
        }
    }

    private void indexRemoved(String key) {
        int at = key.indexOf(SEPARATOR);
        String node = key.substring(0, at);
        elsewhere.computeIfPresent(key.substring(at + 1), (user, nodes) -> {
            nodes.remove(node);
            return nodes.isEmpty() ? null : nodes;
        });
    }

    /** Keeps the by-user index in step with the map. */
    private final class Index implements EntryListener<String, String> {
        @Override
        public void entryAdded(EntryEvent<String, String> event) {
            indexAdded(event.getKey());
        }

        @Override
        public void entryUpdated(EntryEvent<String, String> event) {
            indexAdded(event.getKey());
        }

        @Override
        public void entryRemoved(EntryEvent<String, String> event) {
            indexRemoved(event.getKey());
        }

        @Override
        public void entryEvicted(EntryEvent<String, String> event) {
            indexRemoved(event.getKey());
        }

        @Override
        public void entryExpired(EntryEvent<String, String> event) {
            indexRemoved(event.getKey());
        }

        @Override
        public void mapCleared(MapEvent event) {
            elsewhere.clear();
        }

        @Override
        public void mapEvicted(MapEvent event) {
            elsewhere.clear();
        }
    }
}
