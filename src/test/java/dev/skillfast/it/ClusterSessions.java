package dev.skillfast.it;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * ACTIVE chat sessions on a {@link ClusterNodes} pair, for load clients that connect on their own (the
 * cluster benchmark): each with a new client and a new expert, accepted while the expert is connected to
 * node A; the pairing socket is closed once the session is ACTIVE, so the nodes' disconnect grace must
 * outlast the time until the load client connects.
 */
public final class ClusterSessions {

    /** One ACTIVE session and its two participants. */
    public record Pair(String sessionId, Accounts.Session client, Accounts.Session expert) {
    }

    private static final int THREADS = 8;

    private ClusterSessions() {
    }

    public static List<Pair> open(ClusterNodes nodes, int count) throws Exception {
        Accounts.Session admin = Accounts.admin(nodes.a());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Pair>> opening = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                opening.add(pool.submit(() -> openOne(admin)));
            }
            List<Pair> pairs = new ArrayList<>();
            for (Future<Pair> pair : opening) {
                pairs.add(pair.get(5, TimeUnit.MINUTES));
            }
            return pairs;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Pair openOne(Accounts.Session admin) {
        Accounts.Session client = LiveSessions.client(admin, 1_000_000);
        Accounts.Session expert = LiveSessions.expert(admin, CatalogueIT.uniqueWord());
        try (LiveClient pairing = LiveClient.connect(expert)) {
            return new Pair(LiveSessions.active(client, expert, "CHAT"), client, expert);
        }
    }

    /** A fresh /ws address (single-use ticket, 30 s) for the user on the given node. */
    public static String wsUrl(Accounts.Session user, URI node) {
        return LiveClient.wsUri(node, LiveClient.ticket(user.on(node))).toString();
    }
}
