package dev.skillfast.realtime.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.skillfast.experts.domain.ExpertProfile;
import dev.skillfast.experts.domain.ExpertProfileSaved;
import dev.skillfast.experts.domain.ExpertService;
import dev.skillfast.experts.domain.Presence;
import dev.skillfast.sessions.domain.SessionEvent;
import dev.skillfast.sessions.domain.SessionService;

/**
 * Live presence of experts, from their connections to any server: ONLINE while connected and
 * available, BUSY during an ACTIVE session, OFFLINE once the last connection has been closed for the
 * grace period (30 s: a reload or a network blip does not flicker). Changes are stored on the profile
 * (search filters on them) and pushed as {@code presence.changed}.
 */
@ApplicationScoped
public class PresenceService {

    private static final Logger LOG = Logger.getLogger(PresenceService.class.getName());

    @Inject
    ExpertService experts;

    @Inject
    SessionService sessions;

    @Inject
    Delivery delivery;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<PresenceChanged> changes;

    @Inject
    @ConfigProperty(name = "skillfast.presence.offline-after")
    Duration offlineAfter;

    /** Experts whose last connection closed, and when they go OFFLINE unless they come back. */
    private final Map<String, Instant> leaving = new ConcurrentHashMap<>();

    /** No one is connected to a server that is starting. */
    void resetAll() {
        long reset = experts.resetPresence();
        if (reset > 0) {
            LOG.info(() -> reset + " experts marked OFFLINE at start-up until they connect");
        }
    }

    void connected(String expertId) {
        leaving.remove(expertId);
        recompute(expertId);
    }

    void disconnected(String expertId) {
        if (!delivery.connectedAnywhere(expertId)) {
            leaving.put(expertId, clock.instant().plus(offlineAfter));
        }
    }

    /** Experts whose grace period is over go OFFLINE. */
    public void sweep() {
        Instant now = clock.instant();
        leaving.forEach((expertId, deadline) -> {
            if (!deadline.isAfter(now) && leaving.remove(expertId, deadline)) {
                recompute(expertId);
            }
        });
    }

    void recompute(String expertId) {
        experts.find(expertId).ifPresent(profile -> {
            Presence presence = presenceOf(profile);
            experts.setPresence(expertId, presence).ifPresent(changed -> changes.fire(new PresenceChanged(expertId, presence)));
        });
    }

    private Presence presenceOf(ExpertProfile profile) {
        boolean connected = delivery.connectedAnywhere(profile.id()) || leaving.containsKey(profile.id());
        if (!connected) {
            return Presence.OFFLINE;
        }
        if (sessions.activeOfExpert(profile.id()).isPresent()) {
            return Presence.BUSY;
        }
        return profile.available() && profile.isPublic() ? Presence.ONLINE : Presence.OFFLINE;
    }

    void onSessionChanged(@Observes SessionEvent event) {
        if (event.type().equals("accepted") || event.type().equals("ended")) {
            recompute(event.session().expertId());
        }
    }

    void onProfileSaved(@Observes ExpertProfileSaved saved) {
        recompute(saved.expertId());
    }
}
