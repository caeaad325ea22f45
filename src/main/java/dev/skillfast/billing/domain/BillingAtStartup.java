package dev.skillfast.billing.domain;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.mongodb.client.MongoDatabase;

import dev.skillfast.billing.store.SessionBillingStore;
import dev.skillfast.platform.mongo.DatabaseStartupTask;

/**
 * Ended sessions whose settlement never happened and that carry no due key (a crash cut off the end's
 * follow-up, or an earlier build ended them) get one at start-up, so the sweep settles them.
 */
@ApplicationScoped
public class BillingAtStartup implements DatabaseStartupTask {

    private static final Logger LOG = Logger.getLogger(BillingAtStartup.class.getName());

    @Inject
    SessionBillingStore store;

    @Override
    public void run(MongoDatabase database) {
        int unsettled = store.keyUnsettled();
        if (unsettled > 0) {
            LOG.info(() -> "Keyed for settlement: " + unsettled + " ended sessions that were never settled");
        }
    }
}
