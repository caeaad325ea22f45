package dev.skillfast.dashboards.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.skillfast.billing.domain.SessionSettled;
import dev.skillfast.dashboards.store.DashboardStore;
import dev.skillfast.experts.domain.ExpertProfile;
import dev.skillfast.experts.domain.ExpertService;
import dev.skillfast.reviews.domain.Review;
import dev.skillfast.reviews.domain.ReviewPosted;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionEvent;
import dev.skillfast.sessions.domain.Settlement;

/**
 * Counts events into the rollups as they happen, once each (a mark first, then the increments). A failure
 * here is logged and never undoes the session, settlement or review that fired the event; the replay can
 * add what was missed.
 */
@ApplicationScoped
public class DashboardRecorder {

    private static final Logger LOG = Logger.getLogger(DashboardRecorder.class.getName());
    private static final Set<String> DECISIONS = Set.of("accepted", "declined", "expired", "cancelled");

    @Inject
    DashboardStore store;

    @Inject
    ExpertService experts;

    @Inject
    Clock clock;

    void onSettled(@Observes SessionSettled settled) {
        safely("settlement of session " + settled.session().id(), () -> settled(settled.session(), settled.settlement()));
    }

    void onSessionEvent(@Observes SessionEvent event) {
        if (DECISIONS.contains(event.type())) {
            safely("decision on session " + event.session().id(), () -> decided(event.session()));
        }
    }

    void onReviewPosted(@Observes ReviewPosted posted) {
        safely("review " + posted.review().id(), () -> reviewed(posted.review()));
    }

    /** Counts a settled session unless it was counted; true when it counted it now. */
    public boolean settled(Session session, Settlement settlement) {
        if (settlement == null || session.endedAt() == null || store.marked("settled:" + session.id() + ":" + Rollup.CLIENT)) {
            return false;
        }
        String category = experts.find(session.expertId()).map(ExpertProfile::categories)
                .filter(c -> !c.isEmpty()).map(c -> c.get(0)).orElse(null);
        return count("settled:" + session.id(), RollupChanges.settled(session, settlement, category));
    }

    /** Counts a request's decision unless it was counted (or is still undecided). */
    public boolean decided(Session session) {
        Optional<RollupChange> change = RollupChanges.decided(session);
        return change.isPresent() && count("decided:" + session.id(), List.of(change.get()));
    }

    public boolean reviewed(Review review) {
        return count("review:" + review.id(), RollupChanges.reviewed(review));
    }

    /**
     * Each change under its own mark, claimed just before its one atomic increment and released if that
     * increment fails, so a repeat or a replay adds exactly what is missing (only a server killed between
     * the two writes loses that one count). True when anything was counted now.
     */
    private boolean count(String event, List<RollupChange> changes) {
        boolean counted = false;
        for (RollupChange change : changes) {
            String mark = event + ":" + change.rollup();
            if (store.mark(mark, clock.instant())) {
                try {
                    store.apply(change);
                } catch (RuntimeException e) {
                    store.unmark(mark);
                    throw e;
                }
                counted = true;
            }
        }
        return counted;
    }

    private static void safely(String what, Runnable counting) {
        try {
            counting.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not count the " + what + " in the dashboards (a rebuild adds it)", e);
        }
    }
}
