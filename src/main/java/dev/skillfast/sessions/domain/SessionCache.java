package dev.skillfast.sessions.domain;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.platform.mongo.DatabaseMode;
import dev.skillfast.platform.mongo.MongoProducer;
import dev.skillfast.sessions.store.SessionStore;

/**
 * Recent copies of sessions for the realtime gateway's per-message checks: changes made on this server
 * show at once, others within {@link #CACHE_FOR}. A closed session never opens again, so its copy stays
 * valid. A copy of a session still waiting for its expert's answer is not trusted where other servers
 * write: one of them may have just accepted it, and its first chat message must not be refused. On the
 * embedded database no other server writes, so a copy is trusted for
 * {@link #CACHE_FOR_EMBEDDED}: a reload then only guards against a change this server stored but failed
 * to remember, and a thousand live sessions no longer cost hundreds of reads a second.
 */
@ApplicationScoped
public class SessionCache {

    /** How long the gateway may trust a copy this server did not change itself. */
    private static final Duration CACHE_FOR = Duration.ofSeconds(2);
    private static final Duration CACHE_FOR_EMBEDDED = Duration.ofSeconds(30);
    private static final int CACHE_LIMIT = 50_000;

    @Inject
    SessionStore store;

    @Inject
    MongoProducer mongo;

    private long trustNanos = CACHE_FOR.toNanos();
    private boolean onlyWriter;

    private record Cached(Session session, long loadedAtNanos, boolean closed) {
    }

    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    public SessionCache() {
    }

    public SessionCache(SessionStore store) {
        this.store = store;
    }

    @PostConstruct
    void trustByDatabase() {
        if (mongo.connection().mode() == DatabaseMode.EMBEDDED) {
            trustNanos = CACHE_FOR_EMBEDDED.toNanos();
            onlyWriter = true;
        }
    }

    /** The session, from a copy at most {@link #CACHE_FOR} old (embedded: {@link #CACHE_FOR_EMBEDDED}), or one that can no longer change. */
    public Optional<Session> get(String sessionId) {
        Cached entry = cache.get(sessionId);
        if (entry != null && (entry.closed() || (System.nanoTime() - entry.loadedAtNanos() < trustNanos
                && (onlyWriter || entry.session().state() == SessionState.ACTIVE)))) {
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
