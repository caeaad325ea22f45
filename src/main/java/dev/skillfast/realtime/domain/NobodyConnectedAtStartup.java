package dev.skillfast.realtime.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.mongodb.client.MongoDatabase;

import dev.skillfast.platform.mongo.DatabaseStartupTask;
import dev.skillfast.sessions.domain.SessionPresence;

/**
 * A server that is starting has no connections: every expert is OFFLINE and every participant of an
 * ACTIVE session is away until they connect (sessions nobody returns to end after the disconnect grace).
 */
@ApplicationScoped
public class NobodyConnectedAtStartup implements DatabaseStartupTask {

    @Inject
    PresenceService presence;

    @Inject
    SessionPresence sessions;

    @Override
    public void run(MongoDatabase database) {
        presence.resetAll();
        sessions.markEveryoneAway();
    }
}
