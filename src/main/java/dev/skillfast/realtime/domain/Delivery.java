package dev.skillfast.realtime.domain;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.skillfast.platform.cluster.ClusterMember;
import dev.skillfast.platform.cluster.ConnectedUsers;
import dev.skillfast.platform.cluster.NodeMail;

/**
 * Where a live frame goes: to the recipient's connections on this server, and as node mail to every
 * other server that holds one of them ({@link ConnectedUsers}). Frames one server sends another arrive
 * in the order sent, so a session's frames from one producer (its chat home, the billing sweep) stay in
 * order. Alone, this is the server's own connections and nothing else.
 */
@ApplicationScoped
public class Delivery {

    static final String FRAMES = "frames";
    static final String WATCHERS = "watchers";
    static final String ADMINS = "admins";

    @Inject
    Connections connections;

    @Inject
    ConnectedUsers directory;

    @Inject
    NodeMail mail;

    @Inject
    ClusterMember cluster;

    @Inject
    ChatRouting chat;

    void listen(@Observes @Initialized(ApplicationScoped.class) Object started) {
        mail.receive(this::received);
    }

    /** Registers a connection here and, for the user's first here, with the other servers; answers whether it is. */
    public boolean opened(Connection connection) {
        boolean first = connections.add(connection);
        if (first) {
            directory.here(connection.userId());
        }
        return first;
    }

    /** Forgets a connection; answers whether it was the user's last on this server. */
    public boolean closed(Connection connection) {
        boolean last = connections.remove(connection);
        if (last) {
            directory.gone(connection.userId());
        }
        return last;
    }

    /** Every connection of the user, on any server. */
    public void toUser(String userId, String frame) {
        connections.sendToUser(userId, frame);
        for (String node : directory.elsewhere(userId)) {
            mail.send(node, FRAMES, userId, frame);
        }
    }

    /** Every connection of both users: one mail per server that holds either. */
    public void toUsers(String first, String second, String frame) {
        Outbox outbox = new Outbox();
        outbox.add(first, frame);
        outbox.add(second, frame);
        connections.sendToUser(first, frame);
        connections.sendToUser(second, frame);
        outbox.send();
    }

    /** Every connection, on any server, that watches the expert's presence. */
    public void toWatchers(String expertId, String frame) {
        for (Connection watcher : connections.watchersOf(expertId)) {
            watcher.send(frame);
        }
        toOtherNodes(WATCHERS, expertId, frame);
    }

    /** Every administrator's connection, on any server (the operations console's live feed). */
    public void toAdmins(String frame) {
        for (Connection admin : connections.admins()) {
            admin.send(frame);
        }
        toOtherNodes(ADMINS, frame);
    }

    /** One mail to every other server of the cluster (none, alone). */
    private void toOtherNodes(String... message) {
        String me = cluster.nodeId();
        for (String node : cluster.nodeIds()) {
            if (!node.equals(me)) {
                mail.send(node, message);
            }
        }
    }

    /** Whether another server holds a live connection of the user (never, alone). */
    public boolean connectedElsewhere(String userId) {
        return !directory.elsewhere(userId).isEmpty();
    }

    /** Whether the user has a live connection to any server. */
    public boolean connectedAnywhere(String userId) {
        return connections.isConnected(userId) || connectedElsewhere(userId);
    }

    /** Frames for other servers, gathered (e.g. for a chat batch) and sent as one mail per server. */
    final class Outbox {
        private final NodeMail.Bundles frames = mail.bundles(FRAMES);

        /** Queues {@code frame} for the user's connections on other servers (not this one's). */
        void add(String userId, String frame) {
            for (String node : directory.elsewhere(userId)) {
                frames.add(node, userId, frame);
            }
        }

        void send() {
            frames.send();
        }
    }

    Outbox outbox() {
        return new Outbox();
    }

    /** Mail from another server: frames for connections here, or chat for the sessions kept here. */
    void received(String[] message) {
        switch (message[0]) {
            case FRAMES -> {
                for (int i = 1; i + 1 < message.length; i += 2) {
                    connections.sendToUser(message[i], message[i + 1]);
                }
            }
            case WATCHERS -> {
                for (Connection watcher : connections.watchersOf(message[1])) {
                    watcher.send(message[2]);
                }
            }
            case ADMINS -> {
                for (Connection admin : connections.admins()) {
                    admin.send(message[1]);
                }
            }
            default -> chat.received(message);
        }
    }
}
