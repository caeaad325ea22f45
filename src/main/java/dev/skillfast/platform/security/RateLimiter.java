package dev.skillfast.platform.security;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;

import dev.skillfast.platform.cluster.ClusterMember;
import dev.skillfast.platform.errors.TooManyRequestsException;

/**
 * Token buckets (bucket4j) per limit and key (an account, a client address, a user). Alone, in this
 * server's memory; buckets untouched for a full period are dropped when the table grows large, so it
 * cannot be used to exhaust memory. In a cluster, in a Hazelcast map that every member shares
 * (bucket4j's Hazelcast integration: each take is one entry processor on the key's owner), so a limit
 * counts across the servers; those buckets expire once they would be full again.
 */
@ApplicationScoped
public class RateLimiter {

    static final String CLUSTER_MAP = "skillfast.rate-limits";
    private static final int MAX_BUCKETS = 100_000;

    private record Entry(Bucket bucket, Duration period, long[] lastUsedNanos) {
    }

    private final ConcurrentHashMap<String, Entry> buckets = new ConcurrentHashMap<>();

    @Inject
    ClusterMember cluster;

    private volatile Optional<ProxyManager<String>> shared;

    public RateLimiter() {
    }

    /** Outside CDI (tests): shared through {@code cluster} when it has a member. */
    public RateLimiter(ClusterMember cluster) {
        this.cluster = cluster;
    }

    /** Takes one token; answers how long to wait when there is none. */
    public Optional<Duration> tryAcquire(RateLimit limit, String key) {
        String id = limit.name() + '\u0000' + key;
        ConsumptionProbe probe = shared()
                .map(grid -> grid.builder().build(id, () -> configuration(limit)).tryConsumeAndReturnRemaining(1))
                .orElseGet(() -> local(limit, id).tryConsumeAndReturnRemaining(1));
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Takes one token or refuses with how long to wait (429 with Retry-After). */
    public void enforce(RateLimit limit, String key, String detail) {
        tryAcquire(limit, key).ifPresent(wait -> {
            throw new TooManyRequestsException(detail, wait);
        });
    }

    private Optional<ProxyManager<String>> shared() {
        Optional<ProxyManager<String>> grid = shared;
        if (grid == null) {
            grid = cluster == null ? Optional.empty() : cluster.instance().map(member -> Bucket4jHazelcast
                    .entryProcessorBasedBuilder(member.<String, byte[]>getMap(CLUSTER_MAP))
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                    .build());
            shared = grid;
        }
        return grid;
    }

    private Bucket local(RateLimit limit, String id) {
        if (buckets.size() > MAX_BUCKETS) {
            evictIdle();
        }
        Entry entry = buckets.computeIfAbsent(id, k -> new Entry(Bucket.builder().addLimit(limit.bandwidth()).build(),
                limit.period(), new long[] {System.nanoTime()}));
        entry.lastUsedNanos()[0] = System.nanoTime();
        return entry.bucket();
    }

    private static BucketConfiguration configuration(RateLimit limit) {
        return BucketConfiguration.builder().addLimit(limit.bandwidth()).build();
    }


    private void evictIdle() {
        long now = System.nanoTime();
        buckets.entrySet().removeIf(e -> now - e.getValue().lastUsedNanos()[0] > e.getValue().period().toNanos());
    }
}
