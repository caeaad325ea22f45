package dev.skillfast.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.skillfast.it.LibertyServer;

/**
 * SkillFast as an IT department installs it, in a Liberty server {@value #NAME} of the integration-test
 * server's installation: SkillFast's own server.xml and jvm.options, unchanged, the WAR under the name
 * server.xml gives it, and a bootstrap.properties that only moves the ports to free ones and the embedded
 * store to a fresh folder. Nothing else is set, so the defaults run: the embedded store with the demo desk.
 */
final class StartupCheckServer implements AutoCloseable {

    static final String NAME = "startupCheck";

    private final LibertyServer server;
    private final URI readiness;

    private StartupCheckServer(LibertyServer server, int httpPort) {
        this.server = server;
        this.readiness = URI.create("http://localhost:" + httpPort + "/health/ready");
    }

    /** A new server folder and data folder (any earlier ones deleted), not started. */
    static StartupCheckServer create(Path wlp, Path javaHome, Path war, Path dataDir) throws Exception {
        LibertyServer server = new LibertyServer(wlp, NAME, javaHome);
        LibertyServer.deleteTree(dataDir);
        Files.createDirectories(dataDir);
        int httpPort = LibertyServer.freePort();
        int httpsPort = LibertyServer.freePort();
        server.create(war, """
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
     * Seconds from launching {@code server start} until /health/ready answers 200 with status UP; fails
     * after {@code deadline}, or as soon as the start script fails.
     */
    double startUntilReady(Duration deadline) throws Exception {
        return server.startUntilReady(readiness, deadline);
    }

    void stop() throws IOException, InterruptedException {
        server.run("stop");
    }

    @Override
    public void close() {
        server.stopQuietly();
    }
}
