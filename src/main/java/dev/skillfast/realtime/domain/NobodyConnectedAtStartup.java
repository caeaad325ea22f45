package dev.skillfast.realtime.domain;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.mongodb.client.MongoDatabase;

import dev.skillfast.platform.cluster.ClusterMember;
import dev.skillfast.platform.mongo.DatabaseStartupTask;
import dev.skillfast.sessions.domain.SessionPresence;

/**
 * A server that is starting has no connections: every expert is OFFLINE and every participant of an
 * ACTIVE session is away until they connect (sessions nobody returns to end after the disconnect grace).
 * Not when it joins a cluster that runs already: the other servers hold connections, and whoever was on
 * a server that left was marked away when it left ({@link NodeDeparture}).
 */
@ApplicationScoped
public class NobodyConnectedAtStartup implements DatabaseStartupTask {

    private static final Logger LOG = Logger.getLogger(NobodyConnectedAtStartup.class.getName());

    @Inject
    PresenceService presence;

    @Inject
    ClusterMember cluster;

    @Inject
    SessionPresence sessions;

    @Override
    public void run(MongoDatabase database) {
        int members = cluster.size();
        if (members > 1) {
            LOG.info(() -> "Joined a running cluster of " + members + " members: their users' presence and sessions are left as they are");
            return;
        }
        presence.resetAll();
        sessions.markEveryoneAway();
    }
}
