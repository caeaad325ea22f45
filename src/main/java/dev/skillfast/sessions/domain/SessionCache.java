package dev.skillfast.sessions.domain;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.sessions.store.SessionStore;

/**
 * Recent copies of sessions for the realtime gateway's per-message checks: changes made on this server
 * show at once, others within {@link #CACHE_FOR}. A closed session never opens again, so its copy stays
 * valid.
 */
@ApplicationScoped
public class SessionCache {

    /** How long the gateway may trust a copy this server did not change itself. */
    private static final Duration CACHE_FOR = Duration.ofSeconds(2);
    private static final int CACHE_LIMIT = 50_000;

    @Inject
    SessionStore store;

    private record Cached(Session session, long loadedAtNanos, boolean closed) {
    }

    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    public SessionCache() {
    }

    public SessionCache(SessionStore store) {
        this.store = store;
    }

    /** The session, from a copy at most {@link #CACHE_FOR} old (or that can no longer change). */
    public Optional<Session> get(String sessionId) {
        Cached entry = cache.get(sessionId);
        if (entry != null && (entry.closed() || System.nanoTime() - entry.loadedAtNanos() < CACHE_FOR.toNanos())) {
            return Optional.of(entry.session());
        }
        Optional<Session> loaded = store.find(sessionId);
        loaded.ifPresentOrElse(this::remember, () -> cache.remove(sessionId));
        return loaded;
    }

    /** This server just changed (or read) the session. */
    void remember(Session session) {
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(session.id(), new Cached(session, System.nanoTime(), !session.state().isOpen()));
    }
}
