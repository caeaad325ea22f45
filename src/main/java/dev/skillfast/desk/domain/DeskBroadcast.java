package dev.skillfast.desk.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.desk.store.DeskRequestStore;
import dev.skillfast.experts.domain.ExpertSearchIndex;
import dev.skillfast.realtime.domain.Delivery;

/**
 * Tells everyone a change of a category's queue concerns, live: its experts get the queue
 * ({@code desk.queue}), each waiting client their position and estimated wait ({@code desk.position}).
 * Sent after every join, cancellation, pick and expiry, on any server (Delivery reaches users connected to
 * the others). Changes of one category that come within {@link #COALESCE} of each other are told once, as
 * the queue then stands, off the request's thread: a busy desk would otherwise send every waiting client
 * one frame per change, each on the path of the request that made it.
 */
@ApplicationScoped
public class DeskBroadcast {

    private static final Logger LOG = Logger.getLogger(DeskBroadcast.class.getName());

    @Inject
    DeskRequestStore store;

    @Inject
    ExpertSearchIndex experts;

    @Inject
    Delivery delivery;

    @Inject
    DeskSettings settings;

    @Inject
    Clock clock;

    static final Duration COALESCE = Duration.ofMillis(50);

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Set<String> scheduled = ConcurrentHashMap.newKeySet();

    /** The category's queue changed: its experts and waiting clients hear of it within {@link #COALESCE}. */
    public void changed(String category) {
        if (scheduled.add(category)) {
            scheduler.schedule(() -> {
                scheduled.remove(category); // a change from now on schedules the next broadcast
                try {
                    broadcast(category);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not tell the desk queue of " + category, e);
                }
            }, COALESCE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void broadcast(String category) {
        List<DeskRequest> waiting = store.waiting(category);
        String queue = DeskFrames.queue(category, waiting);
        for (String expertId : experts.idsInCategory(category)) {
            delivery.toUser(expertId, queue);
        }
        List<DeskRequest> recent = store.pickedSince(category, clock.instant().minus(settings.estimateWindow()));
        for (int i = 0; i < waiting.size(); i++) {
            DeskRequest r = waiting.get(i);
            delivery.toUser(r.clientId(), DeskFrames.position(r, i + 1, WaitEstimate.of(recent, i + 1).orElse(null)));
        }
    }

    public void picked(DeskRequest request, String sessionId, String expertId) {
        delivery.toUser(request.clientId(), DeskFrames.picked(request, sessionId, expertId));
    }

    /** A pick whose session could not start (the client cannot pay, or has a session open): it ended. */
    public void cancelled(DeskRequest request, String reason) {
        delivery.toUser(request.clientId(), DeskFrames.cancelled(request, reason));
    }

    public void expired(DeskRequest request) {
        delivery.toUser(request.clientId(), DeskFrames.expired(request));
    }
}
