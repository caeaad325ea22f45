package dev.skillfast.dashboards.domain;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.billing.domain.SessionEarnings;
import dev.skillfast.reviews.domain.ReviewService;
import dev.skillfast.sessions.domain.SessionService;

/**
 * Replays the history through the recorder: every session's decision, every settlement, every review.
 * What was counted already keeps its mark and is skipped, so a replay adds only what is missing (figures
 * from before the dashboards existed, or a count a failure cut off) and may be run again at any time.
 */
@ApplicationScoped
public class DashboardRebuild {

    /** How many events the replay counted now (the rest were counted already). */
    public record Replayed(long decisions, long sessions, long reviews) {
    }

    @Inject
    DashboardRecorder recorder;

    @Inject
    SessionService sessions;

    @Inject
    SessionEarnings earnings;

    @Inject
    ReviewService reviews;

    public Replayed replay() {
        AtomicLong decisions = new AtomicLong();
        AtomicLong settled = new AtomicLong();
        AtomicLong reviewed = new AtomicLong();
        sessions.eachSession(s -> {
            if (recorder.decided(s)) {
                decisions.incrementAndGet();
            }
        });
        earnings.eachSettled(s -> {
            if (recorder.settled(s.session(), s.settlement())) {
                settled.incrementAndGet();
            }
        });
        reviews.eachReview(r -> {
            if (recorder.reviewed(r)) {
                reviewed.incrementAndGet();
            }
        });
        return new Replayed(decisions.get(), settled.get(), reviewed.get());
    }
}
