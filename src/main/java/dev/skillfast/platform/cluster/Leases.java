package dev.skillfast.platform.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.hazelcast.map.IMap;

/**
 * Which member runs a job that must run on one member at a time (a sweep). The holder renews its lease
 * each beat; a lease lasts two beats, so when its holder dies another member takes over within two
 * beats. Alone, this server holds every lease. Leases are written {@code node@expiresAtMillis} and
 * changed only by compare-and-set, so two members never both take one; expiry is read from the injected
 * clock (members' clocks are expected to agree within a fraction of a beat, as NTP keeps them).
 */
@ApplicationScoped
public class Leases {

    static final String MAP = "skillfast.leases";

    @Inject
    ClusterMember member;

    @Inject
    NodeId node;

    @Inject
    Clock clock;

    public Leases() {
    }

    Leases(ClusterMember member, NodeId node, Clock clock) {
        this.member = member;
        this.node = node;
        this.clock = clock;
    }

    /** Takes or renews the lease on {@code job}, which beats every {@code beat}; answers whether this member holds it. */
    public boolean hold(String job, Duration beat) {
        return member.instance().map(instance -> hold(instance.<String, String>getMap(MAP), job, beat)).orElse(true);
    }

    private boolean hold(IMap<String, String> leases, String job, Duration beat) {
        long now = clock.millis();
        String mine = node.value() + "@" + (now + 2 * beat.toMillis());
        String current = leases.get(job);
        if (current == null) {
            return leases.putIfAbsent(job, mine) == null;
        }
        if (holder(current).equals(node.value()) || expiresAt(current) <= now) {
            return leases.replace(job, current, mine);
        }
        return false;
    }

    /** Who holds the lease on {@code job} now, if anybody. */
    public Optional<String> holderOf(String job) {
        return member.instance().map(instance -> Optional.ofNullable(instance.<String, String>getMap(MAP).get(job))
                .filter(lease -> expiresAt(lease) > clock.millis()).map(Leases::holder))
                .orElse(Optional.of(node.value())); // alone, this server holds every lease
    }

    private static String holder(String lease) {
        return lease.substring(0, lease.lastIndexOf('@'));
    }

    private static long expiresAt(String lease) {
        return Long.parseLong(lease.substring(lease.lastIndexOf('@') + 1));
    }
}
