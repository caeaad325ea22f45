package dev.skillfast.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.skillfast.it.ItServer;
import dev.skillfast.it.ServerProcess;

/**
 * Issue 18, start-up and idle memory (see README, "Start-up and idle memory"): SkillFast as an IT
 * department runs it ({@link StartupCheckServer}: the production server.xml and jvm.options, the embedded
 * store with the demo desk), timed from launching {@code server start} until /health/ready says UP.
 * <p>
 * A first start on an empty server and data folder, then {@code bench.restarts} (3) restarts on the same
 * data; after the last one the server gets no request for {@code bench.idle-seconds} (60), then its
 * resident memory is read from {@code /proc/<pid>/status} and its heap from {@code jcmd GC.heap_info}.
 * It asserts only that the server became ready every time; the goals are read from what it prints.
 */
class StartupBenchmark {

    private static final Duration READY_DEADLINE = Duration.ofSeconds(120);
    private static final double RESTART_GOAL_SECONDS = 10;
    private static final double IDLE_RSS_GOAL_MB = 500;
    /** The heap line of GC.heap_info: "total N K, used N K" (JDK 17), "committed N K, used N K" (JDK 22+). */
    private static final Pattern HEAP = Pattern.compile("(?:total|committed) (\\d+)K, used (\\d+)K");

    private record Idle(int seconds, double rssMb, double peakRssMb, List<String> heapInfo) {
        Optional<String> heapCommittedUsed() {
            Matcher heap = HEAP.matcher(String.join("\n", heapInfo));
            return heap.find() ? Optional.of(String.format("%.0f / %.0f", Long.parseLong(heap.group(1)) / 1024.0,
                    Long.parseLong(heap.group(2)) / 1024.0)) : Optional.empty();
        }
    }

    @Test
    void startUpAndIdleMemory() throws Exception {
        ItServer.awaitSkillFast();
        int restarts = Integer.getInteger("bench.restarts", 3);
        int idleSeconds = Integer.getInteger("bench.idle-seconds", 60);
        Path wlp = Path.of(System.getProperty("skillfast.it.wlp", "target/liberty/wlp"));
        Path war = Path.of(System.getProperty("skillfast.it.war"));
        ServerProcess itServer = ServerProcess.of(wlp, System.getProperty("skillfast.it.server", "skillfastIT"));
        Path javaHome = itServer.javaHome();
        double itServerCpuBefore = itServer.cpuSeconds();
        System.out.printf("%n== Start-up and idle memory: %s, production server.xml and jvm.options, embedded store with"
                + " the demo desk, Java %s, %d cores%n", war.getFileName(), javaHome,
                Runtime.getRuntime().availableProcessors());

        double firstStart;
        List<Double> restartTimes = new ArrayList<>();
        Idle idle;
        try (StartupCheckServer skillfast = StartupCheckServer.create(wlp, javaHome, war, Path.of("target/startup-check-data"))) {
            firstStart = skillfast.startUntilReady(READY_DEADLINE);
            System.out.printf("first start: ready after %.2f s%n", firstStart);
            skillfast.stop();
            for (int i = 1; i <= restarts; i++) {
                restartTimes.add(skillfast.startUntilReady(READY_DEADLINE));
                System.out.printf("restart %d: ready after %.2f s%n", i, restartTimes.get(i - 1));
                if (i < restarts) {
                    skillfast.stop();
                }
            }
            idle = idle(skillfast.server().process(), idleSeconds);
        }
        print(firstStart, restartTimes, idle);
        System.out.printf("The integration-test server (idle, in the background) used %.1f s of CPU meanwhile.%n%n",
                itServer.cpuSeconds() - itServerCpuBefore);
        assertThat(firstStart).as("first start ready (s)").isLessThan(READY_DEADLINE.toSeconds());
        assertThat(restartTimes).as("restarts ready (s)").hasSize(restarts).allMatch(s -> s < READY_DEADLINE.toSeconds());
    }

    /** No request for {@code seconds}, then the memory as the machine sees it (read first: jcmd attaching adds to it). */
    private static Idle idle(ServerProcess server, int seconds) throws Exception {
        System.out.printf("idle for %d s without any request…%n", seconds);
        TimeUnit.SECONDS.sleep(seconds);
        double rss = server.statusMegabytes("VmRSS");
        double peak = server.statusMegabytes("VmHWM");
        return new Idle(seconds, rss, peak, server.heapInfo());
    }

    private static void print(double firstStart, List<Double> restarts, Idle idle) {
        System.out.printf("%n| measure | value | goal |%n|---|---|---|%n");
        System.out.printf("| first start ready (s) | %.2f | |%n", firstStart);
        for (int i = 0; i < restarts.size(); i++) {
            System.out.printf("| restart %d ready (s) | %.2f | |%n", i + 1, restarts.get(i));
        }
        double median = median(restarts);
        System.out.printf("| restart ready, median (s) | **%.2f** | ≤ %.0f s%s |%n", median, RESTART_GOAL_SECONDS,
                verdict(median <= RESTART_GOAL_SECONDS));
        System.out.printf("| idle RSS after %d s (MB) | **%.0f** | ≤ %.0f MB%s |%n", idle.seconds(), idle.rssMb(),
                IDLE_RSS_GOAL_MB, verdict(idle.rssMb() <= IDLE_RSS_GOAL_MB));
        System.out.printf("| peak RSS since the last restart (MB) | %.0f | |%n", idle.peakRssMb());
        System.out.printf("| heap committed / used (MB) | %s | |%n", idle.heapCommittedUsed().orElse("n/a (no jcmd)"));
        if (!idle.heapInfo().isEmpty()) {
            System.out.printf("%njcmd GC.heap_info:%n");
            idle.heapInfo().stream().limit(4).forEach(line -> System.out.println("    " + line));
        }
        System.out.println();
    }

    private static String verdict(boolean met) {
        return met ? " — met" : " — NOT met";
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
