package dev.skillfast.realtime.domain;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.skillfast.platform.cluster.ClusterMember;
import dev.skillfast.platform.cluster.ConnectedUsers;
import dev.skillfast.sessions.domain.SessionPresence;

/**
 * A server of the cluster left (stopped, or silent for {@code skillfast.cluster.member-timeout}): the
 * connections it held are gone from that moment, not before. Users it held who are connected nowhere
 * else are away from now (their sessions' disconnect grace starts) and experts among them go OFFLINE
 * after the presence grace, as when their last connection closes; chat forwarded to it and not
 * confirmed is answered "send it again". Every remaining server does this (it is idempotent), so it
 * happens whichever of them survives.
 */
@ApplicationScoped
public class NodeDeparture {

    private static final Logger LOG = Logger.getLogger(NodeDeparture.class.getName());

    @Inject
    ClusterMember cluster;

    @Inject
    ConnectedUsers directory;

    @Inject
    Delivery delivery;

    @Inject
    ChatRouting chat;

    @Inject
    PresenceService presence;

    @Inject
    SessionPresence attendance;

    void listen(@Observes @Initialized(ApplicationScoped.class) Object started) {
        cluster.onMemberLeft(this::left);
    }

    void left(String nodeId) {
        chat.memberLeft(nodeId);
        int away = 0;
        for (String userId : directory.forget(nodeId)) {
            if (delivery.connectedAnywhere(userId)) {
                continue;
            }
            away++;
            try {
                presence.disconnected(userId);
                attendance.markAway(userId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not mark user " + userId + " away after node " + nodeId + " left", e);
            }
        }
        int count = away;
        LOG.info(() -> count + " user(s) connected only to node " + nodeId + " now count as away");
    }
}
