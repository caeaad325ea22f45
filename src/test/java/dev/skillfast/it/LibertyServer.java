package dev.skillfast.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;

/**
 * A further server in the integration-test server's Liberty installation ({@code skillfast.it.wlp}),
 * driven by that installation's {@code bin/server} script on a given Java: the benchmarks pass the
 * integration-test server's own, so every server of a run is the same Liberty on the same JVM.
 */
public final class LibertyServer {

    /** SkillFast's own server.xml, and its jvm.options and features include (liberty/). */
    private static final Path SERVER_XML = Path.of("server.xml");
    private static final Path LIBERTY = Path.of("liberty");
    /** What an existing Liberty adds to its server.xml for SkillFast (README "Deploy on an existing Open Liberty"). */
    public static final String FEATURES_INCLUDE = "skillfast-features.xml";
    private static final long POLL_MS = 100;

    private final Path wlp;
    private final String name;
    private final Path javaHome;

    public LibertyServer(Path wlp, String name, Path javaHome) {
        this.wlp = wlp;
        this.name = name;
        this.javaHome = javaHome;
    }

    public String name() {
        return name;
    }

    /** {@code <wlp>/usr/servers/<name>}: its configuration, apps, logs and workarea. */
    public Path dir() {
        return wlp.resolve("usr/servers/" + name);
    }

    public Path logs() {
        return dir().resolve("logs");
    }

    /** The running server's JVM (Liberty writes its pid on start). */
    public ServerProcess process() throws IOException {
        return ServerProcess.of(wlp, name);
    }

    /**
     * A new server folder (an earlier one stopped and deleted) holding SkillFast's server.xml and
     * jvm.options, unchanged, the WAR under the name server.xml gives it, and these bootstrap properties
     * (server.xml's port variables, which the application also reads: MicroProfile Config sees them).
     */
    public void create(Path war, String bootstrapProperties) throws IOException, InterruptedException {
        if (Files.isDirectory(dir())) {
            run("stop"); // left running by an interrupted run, perhaps
            deleteTree(dir());
        }
        // as the Liberty Maven plugin's create does: also writes server.env with a keystore password
        run("create");
        Files.copy(SERVER_XML, dir().resolve("server.xml"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(LIBERTY.resolve("jvm.options"), dir().resolve("jvm.options"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(LIBERTY.resolve(FEATURES_INCLUDE), dir().resolve(FEATURES_INCLUDE), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(dir().resolve("apps"));
        Files.copy(war, dir().resolve("apps/skillfast.war"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir().resolve("bootstrap.properties"), bootstrapProperties);
    }

    /**
     * {@code <wlp>/bin/server <action> <name>}, waited for; its output is printed. Fails when the script
     * does, except for "stop", which answers 1 when the server was not running: nothing to do then.
     */
    public void run(String action) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name)
                .redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", javaHome.toString());
        Process script = builder.start();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        int status = script.waitFor();
        if (status != 0 && !"stop".equals(action)) {
            throw new IllegalStateException("server " + action + " " + name + " exited with " + status + ": " + output
                    + " (logs: " + logs() + ")");
        }
        System.out.println(output);
    }

    /**
     * Seconds from launching {@code server start} until {@code readiness} (a /health/ready URL) answers
     * 200 with status UP, polled every {@value #POLL_MS} ms; fails after {@code deadline}, or as soon as the
     * start script fails.
     */
    public double startUntilReady(URI readiness, Duration deadline) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).build();
        long launched = System.nanoTime();
        CompletableFuture<Void> script = CompletableFuture.runAsync(this::runStartScript);
        long giveUp = launched + deadline.toNanos();
        while (System.nanoTime() < giveUp) {
            if (script.isCompletedExceptionally()) {
                script.join(); // throws what the start script failed with
            }
            if (ready(http, readiness)) {
                double seconds = (System.nanoTime() - launched) / 1e9;
                script.get(deadline.toSeconds(), TimeUnit.SECONDS); // the script has ended: the server can be stopped
                return seconds;
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MS);
        }
        throw new IllegalStateException(name + " was not ready within " + deadline.toSeconds() + " s at " + readiness
                + " (logs: " + logs() + ")");
    }

    /** Stops the server if it runs, reporting a failure instead of throwing it (for finally blocks). */
    public void stopQuietly() {
        try {
            run("stop");
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not stop " + name + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("Interrupted while stopping " + name);
        }
    }

    /** A port nothing listens on right now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Deletes a folder and everything in it; nothing to do when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private void runStartScript() {
        try {
            run("start");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code readiness} (a /health/ready URL) answers 200 with status UP right now. */
    static boolean ready(HttpClient http, URI readiness) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200
                    && "UP".equals(((JsonObject) ItServer.parse(response.body())).getString("status", ""));
        } catch (IOException | JsonException e) {
            return false; // not listening yet, or not answering health yet
        }
    }
}
