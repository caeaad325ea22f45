package dev.skillfast.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import dev.skillfast.it.ItServer;
import dev.skillfast.it.ServerProcess;

/**
 * The Node.js load client of src/test/node/chat-load (the {@code ws} package), copied to target/chat-load
 * and installed there with {@code npm ci}. One {@link #run} is one measurement: the client connects every
 * pair, plays closed-loop ping-pong and reports its window; the server's CPU time is read when the client
 * says the window opens and when it closes.
 */
final class ChatLoad {

    /** One pair of sockets: A starts each exchange, B answers. */
    record Pair(String a, String b, String sessionId) {
    }

    /** What one run measured; CPU times in seconds, over the measurement window. */
    record Result(long messages, double seconds, double rttP50Ms, double rttP99Ms, double clientCpuSeconds,
            double serverCpuSeconds, double serverWallSeconds, double otherServerCpuSeconds) {
    }

    private static final Path SOURCE = Path.of("src/test/node/chat-load");
    private static final List<String> FILES = List.of("package.json", "package-lock.json", "chat-load.mjs");

    private final Path dir;
    private int runs;

    private ChatLoad(Path dir) {
        this.dir = dir;
    }

    /** Copies the client to target/chat-load and installs its dependencies when they are missing or changed. */
    static ChatLoad prepare() throws IOException, InterruptedException {
        Path dir = Path.of("target/chat-load");
        Files.createDirectories(dir);
        boolean lockChanged = !Files.exists(dir.resolve("package-lock.json"))
                || Files.mismatch(SOURCE.resolve("package-lock.json"), dir.resolve("package-lock.json")) >= 0;
        for (String file : FILES) {
            Files.copy(SOURCE.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (lockChanged || !Files.isDirectory(dir.resolve("node_modules"))) {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(dir.toFile()).inheritIO().start();
            if (npm.waitFor() != 0) {
                throw new IllegalStateException("npm ci failed in " + dir.toAbsolutePath());
            }
        }
        return new ChatLoad(dir);
    }

    /**
     * Runs the client once against {@code measured} (mode "relay" or "skillfast"); {@code other} is the
     * server left idle, whose CPU over the same window shows how quiet the machine was.
     */
    Result run(String mode, List<Pair> pairs, int warmupSeconds, int seconds, String text, ServerProcess measured,
            ServerProcess other) throws IOException, InterruptedException {
        return run(mode, pairs, warmupSeconds, seconds, text, 0, measured, other);
    }

    /**
     * As {@link #run(String, List, int, int, String, ServerProcess, ServerProcess)}, open-loop when
     * {@code ratePerSecond} is positive: the pairs' A sides send that many messages a second in all, and
     * the RTT figures are one-way delivery times.
     */
    Result run(String mode, List<Pair> pairs, int warmupSeconds, int seconds, String text, int ratePerSecond,
            ServerProcess measured, ServerProcess other) throws IOException, InterruptedException {
        Path config = dir.resolve("config-" + ++runs + "-" + mode + ".json");
        Files.writeString(config, config(mode, pairs, warmupSeconds, seconds, text, ratePerSecond));
        Process node = new ProcessBuilder("node", "chat-load.mjs", config.getFileName().toString()).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        // connecting 2,000 sockets takes seconds; more than two minutes means the client hangs
        CompletableFuture<Void> watchdog = CompletableFuture.runAsync(node::destroyForcibly,
                CompletableFuture.delayedExecutor(warmupSeconds + seconds + 120L, TimeUnit.SECONDS));
        double[] start = null;
        JsonObject end = null;
        double[] stop = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.contains("\"event\":\"measure-start\"")) {
                    start = sample(measured, other);
                } else if (line.contains("\"event\":\"measure-end\"")) {
                    stop = sample(measured, other);
                    end = (JsonObject) ItServer.parse(line);
                } else {
                    System.out.println("chat-load: " + line);
                }
            }
        }
        int status = node.waitFor();
        watchdog.cancel(false);
        if (status != 0 || start == null || end == null) {
            throw new IllegalStateException("The load client failed (" + mode + ", " + pairs.size() + " pairs, exit "
                    + status + "): see its messages above; config " + config.toAbsolutePath());
        }
        return new Result(end.getJsonNumber("messages").longValue(), end.getJsonNumber("seconds").doubleValue(),
                end.getJsonNumber("rttP50Ms").doubleValue(), end.getJsonNumber("rttP99Ms").doubleValue(),
                end.getJsonNumber("clientCpuMs").doubleValue() / 1000, stop[0] - start[0], (stop[2] - start[2]) / 1e9,
                stop[1] - start[1]);
    }

    /** CPU seconds of the measured and the idle server, and the time. */
    private static double[] sample(ServerProcess measured, ServerProcess other) {
        return new double[] {measured.cpuSeconds(), other.cpuSeconds(), System.nanoTime()};
    }

    private static String config(String mode, List<Pair> pairs, int warmupSeconds, int seconds, String text,
            int ratePerSecond) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Pair p : pairs) {
            list.add(Json.createObjectBuilder().add("a", p.a()).add("b", p.b()).add("sessionId", p.sessionId()));
        }
        return Json.createObjectBuilder().add("mode", mode).add("pairs", list).add("warmupSeconds", warmupSeconds)
                .add("seconds", seconds).add("text", text).add("ratePerSecond", ratePerSecond).build().toString();
    }
}
