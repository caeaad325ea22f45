package dev.skillfast.platform.security;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import dev.skillfast.platform.errors.TooManyRequestsException;

/**
 * Token buckets (bucket4j) per limit and key (an account, a client address, a user), in this server's
 * memory: with several servers each enforces its own share. Buckets untouched for a full period are
 * dropped when the table grows large, so it cannot be used to exhaust memory.
 */
@ApplicationScoped
public class RateLimiter {

    private static final int MAX_BUCKETS = 100_000;

    private record Entry(Bucket bucket, Duration period, long[] lastUsedNanos) {
    }

    private final ConcurrentHashMap<String, Entry> buckets = new ConcurrentHashMap<>();

    /** Takes one token; answers how long to wait when there is none. */
    public Optional<Duration> tryAcquire(RateLimit limit, String key) {
        if (buckets.size() > MAX_BUCKETS) {
            evictIdle();
        }
        Entry entry = buckets.computeIfAbsent(limit.name() + '\u0000' + key, k -> new Entry(
                Bucket.builder().addLimit(bandwidth -> bandwidth.capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.period())).build(),
                limit.period(), new long[] {System.nanoTime()}));
        entry.lastUsedNanos()[0] = System.nanoTime();
        ConsumptionProbe probe = entry.bucket().tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Takes one token or refuses with how long to wait (429 with Retry-After). */
    public void enforce(RateLimit limit, String key, String detail) {
        tryAcquire(limit, key).ifPresent(wait -> {
            throw new TooManyRequestsException(detail, wait);
        });
    }

    private void evictIdle() {
        long now = System.nanoTime();
        buckets.entrySet().removeIf(e -> now - e.getValue().lastUsedNanos()[0] > e.getValue().period().toNanos());
    }
}
