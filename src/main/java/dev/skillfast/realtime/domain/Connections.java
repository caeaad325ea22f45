package dev.skillfast.realtime.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The open connections of this server, by user, and who watches which expert's presence. One user may
 * hold several connections (tabs); everything addressed to the user goes to all of them.
 */
@ApplicationScoped
public class Connections {

    private final Map<String, Set<Connection>> byUser = new ConcurrentHashMap<>();
    private final Map<String, Set<Connection>> watchers = new ConcurrentHashMap<>();
    private final Set<Connection> admins = ConcurrentHashMap.newKeySet();

    /** Registers a connection; answers whether it is the user's first. */
    public boolean add(Connection connection) {
        if ("ADMIN".equals(connection.role())) {
            admins.add(connection);
        }
        boolean[] first = {false};
        byUser.compute(connection.userId(), (user, set) -> {
            Set<Connection> connections = set == null ? ConcurrentHashMap.newKeySet() : set;
            first[0] = connections.isEmpty();
            connections.add(connection);
            return connections;
        });
        return first[0];
    }

    /** Forgets a connection; answers whether it was the user's last. */
    public boolean remove(Connection connection) {
        watch(connection, List.of());
        admins.remove(connection);
        boolean[] last = {false};
        byUser.computeIfPresent(connection.userId(), (user, connections) -> {
            connections.remove(connection);
            last[0] = connections.isEmpty();
            return connections.isEmpty() ? null : connections;
        });
        return last[0];
    }

    /** The administrators' connections here (the operations console's live feed). */
    public Set<Connection> admins() {
        return admins;
    }

    /** The users with a connection here. */
    public Set<String> users() {
        return byUser.keySet();
    }

    /** How many connections are open here (a user's tabs each count). */
    public int size() {
        return byUser.values().stream().mapToInt(Set::size).sum();
    }

    public boolean isConnected(String userId) {
        return byUser.containsKey(userId);
    }

    public Set<Connection> of(String userId) {
        Set<Connection> connections = byUser.get(userId);
        return connections == null ? Set.of() : connections;
    }

    public void sendToUser(String userId, String text) {
        for (Connection connection : of(userId)) {
            connection.send(text);
        }
    }

    /** Replaces the set of experts a connection watches. */
    public void watch(Connection connection, Collection<String> expertIds) {
        for (String old : connection.watched()) {
            watchers.computeIfPresent(old, (id, set) -> {
                set.remove(connection);
                return set.isEmpty() ? null : set;
            });
        }
        connection.watched().clear();
        for (String expertId : expertIds) {
            connection.watched().add(expertId);
            watchers.computeIfAbsent(expertId, id -> ConcurrentHashMap.newKeySet()).add(connection);
        }
    }

    public Set<Connection> watchersOf(String expertId) {
        Set<Connection> set = watchers.get(expertId);
        return set == null ? Set.of() : set;
    }
}
