package dev.skillfast.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

import dev.skillfast.it.ItServer;

/**
 * SkillFast as an IT department installs it, in a Liberty server {@value #NAME} of the integration-test
 * server's installation: SkillFast's own server.xml and jvm.options, unchanged, the WAR under the name
 * server.xml gives it, and a bootstrap.properties that only moves the ports to free ones and the embedded
 * store to a fresh folder. Nothing else is set, so the defaults run: the embedded store with the demo desk.
 */
final class StartupCheckServer implements AutoCloseable {

    static final String NAME = "startupCheck";
    private static final Path SKILLFAST_CONFIG = Path.of("src/main/liberty/config");
    private static final long POLL_MS = 100;

    private final LibertyServer server;
    private final URI readiness;

    private StartupCheckServer(LibertyServer server, int httpPort) {
        this.server = server;
        this.readiness = URI.create("http://localhost:" + httpPort + "/health/ready");
    }

    /** A new server folder and data folder (any earlier ones deleted), not started. */
    static StartupCheckServer create(Path wlp, Path javaHome, Path war, Path dataDir) throws Exception {
        LibertyServer server = new LibertyServer(wlp, NAME, javaHome);
        if (Files.isDirectory(server.dir())) {
            server.run("stop"); // left running by an interrupted run, perhaps
            deleteTree(server.dir());
        }
        deleteTree(dataDir);
        Files.createDirectories(dataDir);
        // as the Liberty Maven plugin's create does: also writes server.env with a keystore password
        server.run("create");
        Files.copy(SKILLFAST_CONFIG.resolve("server.xml"), server.dir().resolve("server.xml"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(SKILLFAST_CONFIG.resolve("jvm.options"), server.dir().resolve("jvm.options"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(server.dir().resolve("apps"));
        Files.copy(war, server.dir().resolve("apps/skillfast.war"), StandardCopyOption.REPLACE_EXISTING);
        int httpPort = LibertyServer.freePort();
        int httpsPort = LibertyServer.freePort();
        // server.xml's port variables, which the application also reads (MicroProfile Config sees bootstrap properties)
        Files.writeString(server.dir().resolve("bootstrap.properties"), """
                # Written by StartupBenchmark: free ports and a fresh data folder; everything else is SkillFast's default.
                skillfast.http.port=%d
                skillfast.https.port=%d
                skillfast.data.dir=%s
                """.formatted(httpPort, httpsPort, dataDir.toAbsolutePath()));
        return new StartupCheckServer(server, httpPort);
    }

    LibertyServer server() {
        return server;
    }

    /**
     * Seconds from launching {@code server start} until /health/ready answers 200 with status UP, polled
     * every {@value #POLL_MS} ms; fails after {@code deadline}, or as soon as the start script fails.
     */
    double startUntilReady(Duration deadline) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).build();
        long launched = System.nanoTime();
        CompletableFuture<Void> script = CompletableFuture.runAsync(this::runStartScript);
        long giveUp = launched + deadline.toNanos();
        while (System.nanoTime() < giveUp) {
            if (script.isCompletedExceptionally()) {
                script.join(); // throws what the start script failed with
            }
            if (ready(http)) {
                double seconds = (System.nanoTime() - launched) / 1e9;
                script.get(deadline.toSeconds(), TimeUnit.SECONDS); // the script has ended: the server can be stopped
                return seconds;
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MS);
        }
        throw new IllegalStateException(NAME + " was not ready within " + deadline.toSeconds() + " s at " + readiness
                + " (logs: " + server.logs() + ")");
    }

    void stop() throws IOException, InterruptedException {
        server.run("stop");
    }

    @Override
    public void close() {
        server.stopQuietly();
    }

    private void runStartScript() {
        try {
            server.run("start");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean ready(HttpClient http) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200
                    && "UP".equals(((JsonObject) ItServer.parse(response.body())).getString("status", ""));
        } catch (IOException | JsonException e) {
            return false; // not listening yet, or not answering health yet
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
