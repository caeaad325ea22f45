package dev.skillfast.sessions.domain;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.mongodb.client.MongoDatabase;

import dev.skillfast.platform.mongo.DatabaseStartupTask;
import dev.skillfast.sessions.store.SessionStore;

/**
 * Sessions written by a build before the timers' due keys: requests without {@code expiresDue} would never
 * expire (their clients could not ask anyone else), ended sessions without {@code settleDue} whose
 * settlement is missing would never be settled. Both get their key at start-up (ACTIVE sessions get
 * theirs from {@link SessionService#markEveryoneAway}).
 */
@ApplicationScoped
public class DueKeysAtStartup implements DatabaseStartupTask {

    private static final Logger LOG = Logger.getLogger(DueKeysAtStartup.class.getName());

    @Inject
    SessionStore store;

    @Override
    public void run(MongoDatabase database) {
        int requests = store.keyOlderRequests();
        int unsettled = store.keyOlderUnsettled();
        if (requests + unsettled > 0) {
            LOG.info(() -> "Keyed for the timers: " + requests + " open requests and " + unsettled
                    + " unsettled ends of an earlier build");
        }
    }
}
