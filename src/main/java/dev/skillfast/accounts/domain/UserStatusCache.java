package dev.skillfast.accounts.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.skillfast.accounts.store.UserStore;

/**
 * What every authenticated request checks about its user (suspended? role? password changed?),
 * cached for a few seconds so it costs no database call per request. Changes made on this server are
 * seen at once; changes made on another server sharing the database within the cache lifetime.
 */
@ApplicationScoped
public class UserStatusCache {

    public record Status(boolean suspended, Role role, int tokenVersion, boolean mustChangePassword) {
    }

    private record Entry(Optional<Status> status, Instant loadedAt) {
    }

    @Inject
    UserStore users;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "skillfast.auth.status-cache-seconds")
    long cacheSeconds;

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    public Optional<Status> status(String userId) {
        Instant now = clock.instant();
        Entry entry = entries.get(userId);
        if (entry == null || entry.loadedAt().plus(Duration.ofSeconds(cacheSeconds)).isBefore(now)) {
            if (entries.size() > 100_000) {
                entries.clear();
            }
            entry = new Entry(users.findById(userId).map(u -> new Status(u.suspended(), u.role(),
                    u.tokenVersion(), u.mustChangePassword())), now);
            entries.put(userId, entry);
        }
        return entry.status();
    }

    public void forget(String userId) {
        entries.remove(userId);
    }
}
