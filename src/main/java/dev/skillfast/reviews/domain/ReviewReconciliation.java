package dev.skillfast.reviews.domain;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.mongodb.client.MongoDatabase;

import dev.skillfast.platform.mongo.DatabaseStartupTask;

/** At start-up, repairs expert ratings a stopped server left between a review's write and its count. */
@ApplicationScoped
public class ReviewReconciliation implements DatabaseStartupTask {

    private static final Logger LOG = Logger.getLogger(ReviewReconciliation.class.getName());

    @Inject
    ReviewService reviews;

    @Override
    public void run(MongoDatabase database) {
        int repaired = reviews.reconcile();
        if (repaired > 0) {
            LOG.warning(() -> "Recomputed the rating of " + repaired + " experts from their reviews");
        }
    }
}
