package dev.skillfast.experts.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import dev.skillfast.platform.mongo.DatabaseMode;
import dev.skillfast.platform.mongo.MongoProducer;
import dev.skillfast.platform.timers.TimerRuns;

/**
 * Keeps the search index in step with changes made through other servers, in case a cluster note
 * ({@code ExpertSearchIndex.CHANGES}) was lost or no cluster is configured: every minute it takes in the
 * profiles written since the last run (with a margin for clocks that differ between servers), and once
 * an hour it reloads everything. A full reload of a large desk (10,000 experts) is a burst of work the
 * live chat would feel; the incremental read is small. With the embedded database no other server can
 * write, so there is nothing to take in and it does nothing.
 */
@Singleton
public class SearchIndexRefresh {

    private static final Duration CLOCK_MARGIN = Duration.ofSeconds(30);

    @Inject
    ExpertSearchIndex index;

    @Inject
    Clock clock;

    @Inject
    MongoProducer mongo;

    @Inject
    TimerRuns runs;

    private Instant lastRun;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void refresh() {
        if (mongo.connection().mode() == DatabaseMode.EMBEDDED) {
            return; // in-process database: every change went through this server's index already
        }
        // on a failure the last index stays in use
        runs.run("search-refresh", () -> {
            Instant now = clock.instant();
            if (lastRun == null || now.atZone(java.time.ZoneOffset.UTC).getMinute() == 0) {
                index.reload();
            } else {
                index.refreshChangedSince(lastRun.minus(CLOCK_MARGIN));
            }
            lastRun = now;
        });
    }
}
