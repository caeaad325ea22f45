package dev.skillfast.sessions.domain;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.mongodb.client.MongoDatabase;

import dev.skillfast.platform.mongo.DatabaseStartupTask;
import dev.skillfast.sessions.store.SessionStore;

/**
 * Requests written by a build before the timers' due keys have no {@code expiresDue} and would never
 * expire (their clients could not ask anyone else): they get their key at start-up. (ACTIVE sessions get
 * their away marks from {@link SessionPresence#markEveryoneAway}; billing keys its own work.)
 */
@ApplicationScoped
public class DueKeysAtStartup implements DatabaseStartupTask {

    private static final Logger LOG = Logger.getLogger(DueKeysAtStartup.class.getName());

    @Inject
    SessionStore store;

    @Override
    public void run(MongoDatabase database) {
        int requests = store.keyOlderRequests();
        if (requests > 0) {
            LOG.info(() -> "Keyed for the timers: " + requests + " open requests of an earlier build");
        }
    }
}
