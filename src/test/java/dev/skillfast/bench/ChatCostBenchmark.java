package dev.skillfast.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.skillfast.it.ItServer;
import dev.skillfast.it.ServerProcess;

/**
 * Issue 18, "chat at the cost of a bare relay" (see README, "Chat cost against a bare relay"): SkillFast's
 * /ws chat against the simplest Jakarta WebSocket relay ({@link dev.skillfast.bench.relay.BareRelay}) on
 * the same Liberty, features, JVM options and Java, driven by the same Node.js client with the same
 * frames, closed-loop ping-pong with one message in flight per pair.
 * <p>
 * For each pair count ({@code bench.pairs}, 100 and 1,000) and round ({@code bench.rounds}, 1): the bare
 * relay, then SkillFast. Each measurement reads the measured server's CPU time when the client's window
 * opens and closes, so "server CPU per message" is the server's whole cost (Liberty's included) divided by
 * the messages relayed, counted at the receiving peer. It asserts only that nothing failed; the ratios
 * and goals are read from what it prints.
 */
class ChatCostBenchmark {

    /** A chat line of usual length (62 characters), the same in every frame of both servers. */
    private static final String TEXT = "Sure, I can look at your invoice now. Could you share the PDF?";
    private static final String RELAY = "bare relay";
    private static final String SKILLFAST = "SkillFast";

    private record Row(String server, int pairs, ChatLoad.Result result) {
        double perSecond() {
            return result.messages() / result.seconds();
        }

        double serverCores() {
            return result.serverCpuSeconds() / result.serverWallSeconds();
        }

        double cpuMicrosPerMessage() {
            return result.serverCpuSeconds() * 1e6 / result.messages();
        }

        double clientCores() {
            return result.clientCpuSeconds() / result.seconds();
        }

        double otherCores() {
            return result.otherServerCpuSeconds() / result.serverWallSeconds();
        }
    }

    @Test
    void chatCostAgainstABareRelay() throws Exception {
        ItServer.awaitSkillFast();
        List<Integer> pairCounts = Arrays.stream(System.getProperty("bench.pairs", "100,1000").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        int rounds = Integer.getInteger("bench.rounds", 1);
        int seconds = Integer.getInteger("bench.seconds", 15);
        int warmup = Integer.getInteger("bench.warmup", 15);
        Path wlp = Path.of(System.getProperty("skillfast.it.wlp", "target/liberty/wlp"));
        ServerProcess skillfast = ServerProcess.of(wlp, System.getProperty("skillfast.it.server", "skillfastIT"));
        ChatLoad load = ChatLoad.prepare();

        ChatSessions chat = new ChatSessions();
        int most = pairCounts.stream().mapToInt(Integer::intValue).max().orElse(0);
        List<ChatSessions.Session> sessions = chat.open(most);
        System.out.printf("%n== Chat cost against a bare relay: %d active chat sessions (asked for %d), %d s after %d s"
                + " of warm-up, %d round(s)%n", sessions.size(), most, seconds, warmup, rounds);
        List<Row> rows = new ArrayList<>();
        try (BareRelayServer relay = BareRelayServer.start(wlp, skillfast.javaHome())) {
            for (int pairs : pairCounts) {
                List<ChatSessions.Session> used = sessions.subList(0, Math.min(pairs, sessions.size()));
                for (int round = 0; round < rounds; round++) {
                    rows.add(new Row(RELAY, used.size(), load.run("relay", relayPairs(relay, used), warmup, seconds, TEXT,
                            relay.process(), skillfast)));
                    settle();
                    rows.add(new Row(SKILLFAST, used.size(), load.run("skillfast", skillFastPairs(chat, used), warmup,
                            seconds, TEXT, skillfast, relay.process())));
                    settle();
                }
            }
        } finally {
            chat.end(sessions);
        }
        print(rows);
        for (Row row : rows) {
            assertThat(row.result().messages()).as("messages relayed by %s at %d pairs", row.server(), row.pairs()).isPositive();
        }
    }

    /** The relay's pairs carry the same frames as SkillFast's: same session ids, same text. */
    private static List<ChatLoad.Pair> relayPairs(BareRelayServer relay, List<ChatSessions.Session> sessions) {
        List<ChatLoad.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            String url = relay.relayUri(String.valueOf(i)).toString();
            pairs.add(new ChatLoad.Pair(url, url, sessions.get(i).id()));
        }
        return pairs;
    }

    /** Client as A, expert as B, with tickets minted just now (valid 30 s). */
    private static List<ChatLoad.Pair> skillFastPairs(ChatSessions chat, List<ChatSessions.Session> sessions) throws Exception {
        List<String[]> urls = chat.wsUrls(sessions);
        List<ChatLoad.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            pairs.add(new ChatLoad.Pair(urls.get(i)[0], urls.get(i)[1], sessions.get(i).id()));
        }
        return pairs;
    }

    /** Lets the server finish with the closed sockets (SkillFast marks participants away) before the next run. */
    private static void settle() throws InterruptedException {
        TimeUnit.SECONDS.sleep(2);
    }

    private static void print(List<Row> rows) {
        System.out.printf("%n| server | pairs | relayed msg/s | server cores | server CPU µs/msg | RTT p50 ms | RTT p99 ms"
                + " | client cores |%n|---|---|---|---|---|---|---|---|%n");
        for (Row r : rows) {
            System.out.printf("| %s | %d | %,.0f | %.2f | %.1f | %.2f | %.2f | %.2f |%n", r.server(), r.pairs(), r.perSecond(),
                    r.serverCores(), r.cpuMicrosPerMessage(), r.result().rttP50Ms(), r.result().rttP99Ms(), r.clientCores());
        }
        System.out.printf("%nIdle server during each window (the other one), cores: %s%n", rows.stream()
                .map(r -> String.format("%.2f", r.otherCores())).toList());
        rows.stream().map(Row::pairs).distinct().forEach(pairs -> {
            List<Row> relay = rows.stream().filter(r -> r.pairs() == pairs && r.server().equals(RELAY)).toList();
            List<Row> skillfast = rows.stream().filter(r -> r.pairs() == pairs && r.server().equals(SKILLFAST)).toList();
            double rttP99 = skillfast.stream().mapToDouble(r -> r.result().rttP99Ms()).max().orElse(0);
            System.out.printf("%d pairs: SkillFast/bare CPU per message = %.2fx (goal <= 2x), throughput = %.2fx,"
                    + " SkillFast RTT p99 = %.1f ms%s%n", pairs, cpuPerMessage(skillfast) / cpuPerMessage(relay),
                    perSecond(skillfast) / perSecond(relay), rttP99, pairs == 100 ? " (goal <= 30 ms at 100 pairs)" : "");
        });
        System.out.println();
    }

    /** Over all rounds: total server CPU over total messages, in µs. */
    private static double cpuPerMessage(List<Row> rows) {
        return rows.stream().mapToDouble(r -> r.result().serverCpuSeconds()).sum() * 1e6
                / rows.stream().mapToLong(r -> r.result().messages()).sum();
    }

    /** Over all rounds: total messages over total window. */
    private static double perSecond(List<Row> rows) {
        return rows.stream().mapToLong(r -> r.result().messages()).sum()
                / rows.stream().mapToDouble(r -> r.result().seconds()).sum();
    }
}
