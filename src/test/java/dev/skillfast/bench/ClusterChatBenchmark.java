package dev.skillfast.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.skillfast.it.ClusterNodes;
import dev.skillfast.it.ClusterSessions;
import dev.skillfast.it.ServerProcess;

/**
 * Issue 19, "chat across nodes" (see README, "Chat across servers"): two SkillFast nodes in one cluster
 * ({@link ClusterNodes}: two Liberty JVMs and the MongoDB stand-in in this JVM, on this machine), the same
 * chat sessions driven by the Node.js load client ({@link ChatLoad}) with both participants on node A
 * ("same node") and with the client on A and the expert on B ("cross node"): closed-loop delivered
 * messages a second, then one-way delivery time at a fixed rate ({@code bench.cluster.rate}, 1,000 a
 * second). Pairs: {@code bench.cluster.pairs} (100). It asserts only that nothing failed; the goals (cross
 * node p99 at most 100 ms at 1,000 msg/s, closed-loop cross node at least half of same node) are read
 * from what it prints.
 */
class ClusterChatBenchmark {

    private static final String TEXT = "Sure, I can look at your invoice now. Could you share the PDF?";

    private record Row(String placement, String load, ChatLoad.Result result) {
    }

    @Test
    void chatAcrossNodesAgainstOneNode() throws Exception {
        int pairCount = Integer.getInteger("bench.cluster.pairs", 100);
        int rate = Integer.getInteger("bench.cluster.rate", 1_000);
        int seconds = Integer.getInteger("bench.seconds", 10);
        // the load client's sockets replace the pairing sockets: a long grace keeps the sessions ACTIVE meanwhile
        System.setProperty("skillfast.it.disconnect-grace", "PT1H");
        ChatLoad load = ChatLoad.prepare();
        List<Row> rows = new ArrayList<>();
        try (ClusterNodes nodes = ClusterNodes.start()) {
            List<ClusterSessions.Pair> sessions = ClusterSessions.open(nodes, pairCount);
            ServerProcess a = nodes.processA();
            ServerProcess b = nodes.processB();
            for (boolean cross : new boolean[] {false, true}) {
                String placement = cross ? "cross node (client A, expert B)" : "same node (both on A)";
                rows.add(new Row(placement, "closed loop", load.run("skillfast", pairs(nodes, sessions, cross), 3, seconds,
                        TEXT, a, b)));
                rows.add(new Row(placement, rate + " msg/s", load.run("skillfast", pairs(nodes, sessions, cross), 3, seconds,
                        TEXT, rate, a, b)));
            }
        }
        print(rows, pairCount);
    }

    /** Fresh /ws addresses: the client's always on A, the expert's on B when {@code cross}. */
    private static List<ChatLoad.Pair> pairs(ClusterNodes nodes, List<ClusterSessions.Pair> sessions, boolean cross) {
        return sessions.stream().map(s -> new ChatLoad.Pair(ClusterSessions.wsUrl(s.client(), nodes.a()),
                ClusterSessions.wsUrl(s.expert(), cross ? nodes.b() : nodes.a()), s.sessionId())).toList();
    }

    private static void print(List<Row> rows, int pairs) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%n| placement | load (%d pairs) | delivered msg/s | p50 ms | p99 ms | node A cores | node B cores |%n"
                        + "|---|---|---|---|---|---|---|%n", pairs));
        for (Row row : rows) {
            ChatLoad.Result r = row.result();
            table.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | %.1f | %.1f | %.2f | %.2f |%n", row.placement(),
                    row.load(), r.messages() / r.seconds(), r.rttP50Ms(), r.rttP99Ms(),
                    r.serverCpuSeconds() / r.serverWallSeconds(), r.otherServerCpuSeconds() / r.serverWallSeconds()));
        }
        double same = rows.get(0).result().messages() / rows.get(0).result().seconds();
        double cross = rows.get(2).result().messages() / rows.get(2).result().seconds();
        table.append(String.format(Locale.ROOT, "%nclosed loop, cross node / same node: %.2f (goal >= 0.5); "
                + "cross node p99 at the fixed rate: %.1f ms (goal <= 100)%n"
                + "(closed loop: p50/p99 are round trips, two deliveries; fixed rate: one-way delivery times)%n",
                cross / same, rows.get(3).result().rttP99Ms()));
        System.out.println(table);
    }
}
